using System.Buffers;
using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Net;
using MimeKit;
using SmtpServer.Storage;
using SmtpServer;

namespace DtksTraining.Tests.Infrastructure;

// A real SMTP server in the test process; received messages are parsed with MimeKit.
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private CancellationTokenSource? _running;
    private Task? _serverTask;

    public int Port { get; } = FreePort();
    public IReadOnlyCollection<MimeMessage> Received => _received;

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        _running = new CancellationTokenSource();
        _serverTask = server.StartAsync(_running.Token);
        for (var i = 0; i < 50; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        throw new InvalidOperationException("Server SMTP uji tidak mau menyala.");
    }

    public async Task StopAsync()
    {
        if (_running is null) return;
        await _running.CancelAsync();
        try { await _serverTask!; } catch (OperationCanceledException) { }
        _running = null;
    }

    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(180));
        while (DateTime.UtcNow < deadline)
        {
            var found = _received.FirstOrDefault(match);
            if (found is not null) return found;
            await _arrived.WaitAsync(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException("Surel yang ditunggu tidak datang.");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(ISessionContext context,
            IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            sink._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            sink._arrived.Release();
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }
}

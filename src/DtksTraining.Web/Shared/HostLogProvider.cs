using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace DtksTraining.Web.Shared;

// Hangfire keeps one process-wide log provider, set by the last host built. When that host stops while another host in
// the same process (the tests run many) still enqueues jobs, its disposed logger factory must cost a log line, not the job.
public sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new GuardedLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new GuardedLog(null);
        }
    }

    private sealed class GuardedLog(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (inner is null) return false;
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}

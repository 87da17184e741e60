using AngleSharp.Html.Parser;
using DtksTraining.Web.Belajar;
using Ganss.Xss;

namespace DtksTraining.Tests.Belajar;

public class PustakaKontenTests
{
    public static string ContentFolder() => Path.Combine(AppContext.BaseDirectory, "content");

    private static readonly string[] ProblemTags =
        ["tidak-padan", "ganda", "meninggal", "pindah", "mampu", "exclusion", "anggota-hilang", "tidak-lengkap", "menolak", "prelist"];

    [Fact]
    public void Real_content_loads_and_every_quiz_can_be_drawn()
    {
        var library = PustakaKonten.Load(ContentFolder());

        Assert.True(library.Modul.Count >= 10, $"{library.Modul.Count} modul");
        Assert.True(library.Soal.Count >= 90, $"{library.Soal.Count} soal");
        foreach (var tag in ProblemTags)
            Assert.True(library.Soal.Count(s => s.Masalah == tag) >= 3, $"masalah {tag} kurang dari 3 soal");
        Assert.All(library.Modul, m => Assert.InRange(m.Bagian.Count, 4, 7));
        Assert.NotEmpty(library.Kuis);
        foreach (var kuis in library.Kuis)
        {
            var undian = MesinKuis.Undi(kuis, library.BankSoal(kuis), seed: 7);
            Assert.Equal(kuis.JumlahSoal, undian.Select(u => u.SoalId).Distinct().Count());
        }
    }

    [Fact]
    public void Module_sections_are_split_at_level_two_headings_with_tables_rendered_and_html_disabled()
    {
        var (pengantar, bagian) = PenyajiMarkdown.Pecah(
            "Pengantar singkat.\n\n## Susunan NIK\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n![peta](peta.png)\n\n## Ke Dukcapil & Padan\n\n<script>alert(1)</script>\n");

        Assert.Contains("Pengantar singkat", pengantar);
        Assert.Equal(2, bagian.Count);
        Assert.Equal((1, "Susunan NIK", "susunan-nik"), (bagian[0].Indeks, bagian[0].Judul, bagian[0].Slug));
        Assert.Contains("<table>", bagian[0].Html);
        Assert.Contains("<img src=\"peta.png\" alt=\"peta\"", bagian[0].Html);
        Assert.Equal("ke-dukcapil-padan", bagian[1].Slug);
        Assert.DoesNotContain("<script", bagian[1].Html);
    }

    [Theory]
    [InlineData("https://kemensos.go.id/cek-bansos", true)]
    [InlineData("HTTP://siks.kemensos.go.id", true)]
    [InlineData("/Belajar/Modul/dasar-hukum/1", true)]
    [InlineData("#sumber", true)]
    [InlineData("peta.png", true)]
    [InlineData("../gambar/peta.png", true)]
    [InlineData("?bagian=2:3", true)]
    [InlineData("gambar/peta:1.png", true)]
    [InlineData("mailto:dinsos@pesawarankab.go.id", true)]
    [InlineData("tel:0721123456", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("  javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Link_addresses_pass_only_when_relative_or_web_mail_or_phone(string alamat, bool aman) =>
        Assert.Equal(aman, PenyajiMarkdown.AlamatAman(alamat));

    [Fact]
    public void A_refused_address_is_never_rendered_even_when_written_as_an_entity_an_autolink_or_a_reference()
    {
        const string teks = "[a](javascript:alert(1)) [b](javascript&colon;alert(2)) <javascript:alert(3)> [c][d] ![e](data:image/svg+xml,x)\n\n[d]: vbscript:x\n";

        var html = PenyajiMarkdown.KeHtml(teks);

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, html.Split("href=\"#\"").Length - 1);
        Assert.Equal(["data:image/svg+xml,x", "javascript:alert(1)", "javascript:alert(2)", "javascript:alert(3)", "vbscript:x"],
            PenyajiMarkdown.TautanTidakAman(teks).Select(t => t.Alamat).Order(StringComparer.Ordinal));
    }

    // The app renders modules without HtmlSanitizer (DisableHtml plus the address rule): on the real content a sanitizer removes nothing.
    [Fact]
    public void Real_modules_render_to_html_a_sanitizer_leaves_unchanged()
    {
        var library = PustakaKonten.Load(ContentFolder());
        var sanitizer = new HtmlSanitizer();
        // The table's scroll wrapper is added after rendering, as it was after sanitizing.
        sanitizer.AllowedAttributes.Add("tabindex");
        sanitizer.AllowedAttributes.Add("class");
        var parser = new HtmlParser();
        string Normal(string html) => parser.ParseDocument("<body>" + html).Body!.InnerHtml;

        var potongan = library.Modul.SelectMany(m => m.Bagian.Select(b => b.Html).Prepend(m.PengantarHtml)).Where(h => h.Length > 0).ToList();
        Assert.True(potongan.Count > 50, $"{potongan.Count} potongan HTML");
        Assert.All(potongan, html => Assert.Equal(Normal(html), Normal(sanitizer.Sanitize(html))));
    }

    private const string Module = """
        ---
        id: contoh
        title: Modul Contoh
        audience: both
        order: 1
        minutes: 10
        objectives:
          - Memahami contoh
        ---

        Pengantar.

        ## Bagian Satu

        Isi satu.

        ## Bagian Dua

        Isi dua.
        """;

    private const string Questions = """
        questions:
          - id: c-01
            module: contoh
            type: single
            text: "Pilih b."
            options:
              - id: a
                text: "A"
              - id: b
                text: "B"
              - id: c
                text: "C"
            answer: b
            explanation: "Karena b."
          - id: c-02
            module: contoh
            type: multiple
            text: "Pilih a dan c."
            options:
              - id: a
                text: "A"
              - id: b
                text: "B"
              - id: c
                text: "C"
            answers: [a, c]
            explanation: "Karena a dan c."
          - id: c-03
            module: contoh
            type: numeric
            text: "Berapa digit NIK?"
            answer: 16
            explanation: "Enam belas."
          - id: c-04
            module: contoh
            type: matching
            text: "Jodohkan."
            pairs:
              - left: "1"
                right: "Tinggal"
              - left: "2"
                right: "Meninggal"
              - left: "3"
                right: "Pindah"
            explanation: "Kode status keberadaan."
          - id: c-05
            module: contoh
            type: truefalse
            text: "NIK 16 digit."
            answer: true
            explanation: "Benar."
        """;

    private const string Quizzes = """
        quizzes:
          - id: kuis-contoh
            title: Kuis Contoh
            audience: both
            modules: [contoh]
            questions: 5
            time_limit_minutes: 10
            max_attempts: 2
            wait_minutes_between_attempts: 60
            pass_percent: 70
            review: always
        """;

    private static string Fixture(string module, string questions, string quizzes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dtks-konten", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "modules"));
        Directory.CreateDirectory(Path.Combine(folder, "quizzes", "questions"));
        File.WriteAllText(Path.Combine(folder, "modules", "01-contoh.md"), module);
        File.WriteAllText(Path.Combine(folder, "quizzes", "questions", "contoh.yaml"), questions);
        File.WriteAllText(Path.Combine(folder, "quizzes", "quizzes.yaml"), quizzes);
        return folder;
    }

    [Fact]
    public void The_fixture_itself_is_valid()
    {
        var library = PustakaKonten.Load(Fixture(Module, Questions, Quizzes));
        Assert.Equal(["Bagian Satu", "Bagian Dua"], library.Modul.Single().Bagian.Select(b => b.Judul));
        Assert.Equal(5, library.Soal.Count);
    }

    public const string Q = "quizzes/questions/contoh.yaml";
    public const string M = "modules/01-contoh.md";
    public const string K = "quizzes/quizzes.yaml";

    [Theory]
    [InlineData("module", "audience: both", "audience: semua", M, 4, "'audience' harus kades, operator, atau both")]
    [InlineData("module", "order: 1", "order: satu", M, 5, "'order' harus bilangan bulat")]
    [InlineData("module", "id: contoh", "id: lain", M, 2, "tidak sama dengan nama berkas")]
    [InlineData("questions", "answer: b", "answer: e", Q, 13, "jawaban 'e' tidak ada di antara pilihan")]
    [InlineData("questions", "answers: [a, c]", "answers: [a]", Q, 26, "paling sedikit 2 jawaban benar")]
    [InlineData("questions", "answers: [a, c]", "answers: [a, b, c]", Q, 26, "tidak semua pilihan benar")]
    [InlineData("questions", "answer: 16", "answer: enam belas", Q, 32, "jawaban 'enam belas' bukan angka")]
    [InlineData("questions", "right: \"Pindah\"", "right: \"Tinggal\"", Q, 39, "sisi kanan 'Tinggal' ganda")]
    [InlineData("questions", "left: \"3\"", "left: \"1\"", Q, 39, "sisi kiri '1' ganda")]
    [InlineData("questions", "text: \"Pilih b.\"", "text: \"\"", Q, 5, "teks soal kosong")]
    [InlineData("questions", "explanation: \"Benar.\"", "explanation: \" \"", Q, 51, "penjelasan kosong")]
    [InlineData("questions", "id: c-02", "id: c-01", Q, 15, "Id soal 'c-01' ganda")]
    [InlineData("questions", "module: contoh\n    type: truefalse", "module: hilang\n    type: truefalse", Q, 46, "modul 'hilang' yang tidak ada")]
    [InlineData("questions", "type: numeric", "type: essay", Q, 30, "jenis 'essay' tidak dikenal")]
    [InlineData("quizzes", "modules: [contoh]", "modules: [contoh, hilang]", K, 5, "modul 'hilang' yang tidak ada")]
    [InlineData("quizzes", "questions: 5", "questions: 6", K, 2, "mengambil 6 soal, padahal modulnya hanya berisi 5")]
    [InlineData("quizzes", "audience: both", "audience: camat", K, 4, "'audience' harus kades, operator, atau both")]
    [InlineData("quizzes", "review: always", "review: kadang", K, 11, "'review' harus always")]
    [InlineData("module", "minutes: 10", "minutes: 10\nminute: 5", M, 7, "Kunci 'minute' tidak dikenal")]
    [InlineData("module", "minutes: 10", "minutes: 10\ndtsen_schedule: Bagian Tiga", M, 7, "tidak ada bagian berjudul 'Bagian Tiga'")]
    [InlineData("module", "order: 1", "order: 1\n\tminutes: 5", M, 6, "karakter tab")]
    [InlineData("questions", "answer: b", "answer: b\n    explanaton: \"x\"", Q, 14, "Kunci 'explanaton' tidak dikenal")]
    [InlineData("questions", "text: \"A\"", "text: \"A\"\n        benar: true", Q, 9, "Kunci 'benar' tidak dikenal")]
    [InlineData("questions", "right: \"Pindah\"", "right: \"Pindah\"\n        kanan: x", Q, 45, "Kunci 'kanan' tidak dikenal")]
    [InlineData("questions", "answer: 16", "answer: 16\n\tunit: digit", Q, 33, "karakter tab")]
    [InlineData("questions", "questions:", "versi: 2\nquestions:", Q, 1, "Kunci 'versi' tidak dikenal")]
    [InlineData("quizzes", "review: always", "review: always\n    pass_precent: 80", K, 12, "Kunci 'pass_precent' tidak dikenal")]
    [InlineData("quizzes", "quizzes:", "versi: 2\nquizzes:", K, 1, "Kunci 'versi' tidak dikenal")]
    [InlineData("quizzes", "    time_limit_minutes: 10", "\ttime_limit_minutes: 10", K, 7, "karakter tab")]
    [InlineData("module", "Isi satu.", "Lihat [situs](javascript:alert(1)).", M, 15, "Alamat tautan 'javascript:alert(1)' tidak diizinkan")]
    [InlineData("module", "Isi dua.", "Isi dua.\n\n![peta](data:image/png;base64,AAAA)", M, 21, "Alamat tautan 'data:image/png;base64,AAAA' tidak diizinkan")]
    public void Broken_content_is_reported_with_file_and_line(string part, string find, string replace, string file, int line, string message)
    {
        var folder = Fixture(
            part == "module" ? Module.Replace(find, replace) : Module,
            part == "questions" ? ReplaceFirst(Questions, find, replace) : Questions,
            part == "quizzes" ? Quizzes.Replace(find, replace) : Quizzes);

        var error = Assert.Throws<KontenTidakSahException>(() => PustakaKonten.Load(folder));

        Assert.Contains(error.Masalah, m => m.Berkas == file && m.Baris == line && m.Pesan.Contains(message));
        Assert.Contains($"{file}, baris {line}: ", error.Message);
    }

    [Fact]
    public void All_problems_are_listed_at_once()
    {
        var folder = Fixture(Module.Replace("audience: both", "audience: x"),
            ReplaceFirst(Questions, "answer: b", "answer: z"), Quizzes.Replace("review: always", "review: x"));

        var error = Assert.Throws<KontenTidakSahException>(() => PustakaKonten.Load(folder));

        Assert.Contains(error.Masalah, m => m.Berkas == M);
        Assert.Contains(error.Masalah, m => m.Berkas == Q);
        Assert.Contains(error.Masalah, m => m.Berkas == K);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{find}' tidak ada di fixture");
        return text[..i] + replace + text[(i + find.Length)..];
    }
}

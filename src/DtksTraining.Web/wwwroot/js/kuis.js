// Saves a quiz answer as soon as it changes; the form still works by its submit button without this file.
// One save at a time, always of the latest answer, and any submit on the page waits for it: an older save must never land last.
(function () {
    var form = document.querySelector("form[data-simpan-otomatis]");
    if (!form) return;
    var status = form.querySelector("[data-status-simpan]");
    var berjalan = null;
    var lagi = false;

    function simpan() {
        if (berjalan) { lagi = true; return berjalan; }
        berjalan = fetch(form.action, { method: "POST", body: new FormData(form), headers: { "X-Simpan-Otomatis": "1" }, credentials: "same-origin" })
            .then(function (r) {
                if (r.ok) { status.textContent = "✓"; return; }
                return r.text().then(function (t) { status.textContent = t; });
            })
            .catch(function () { status.textContent = "!"; })
            .then(function () {
                berjalan = null;
                if (lagi) { lagi = false; return simpan(); }
            });
        return berjalan;
    }

    form.addEventListener("change", simpan);
    document.addEventListener("submit", function (e) {
        if (!berjalan) return;
        e.preventDefault();
        var dikirim = e.target;
        var tombol = e.submitter;
        berjalan.then(function () { dikirim.requestSubmit(tombol); });
    });
})();

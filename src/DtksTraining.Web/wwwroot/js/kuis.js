// Saves a quiz answer as soon as it changes; the form still works by its submit button without this file.
document.querySelectorAll("form[data-simpan-otomatis]").forEach(function (form) {
    var status = form.querySelector("[data-status-simpan]");
    form.addEventListener("change", function () {
        fetch(form.action, { method: "POST", body: new FormData(form), headers: { "X-Simpan-Otomatis": "1" }, credentials: "same-origin" })
            .then(function (r) {
                if (r.ok) { status.textContent = "✓"; return; }
                return r.text().then(function (t) { status.textContent = t; });
            })
            .catch(function () { status.textContent = "!"; });
    });
});

// Polls the progress of a bulk export and shows the download link when it is done; without JS the reload link works.
(function () {
    var el = document.getElementById('kemajuan');
    if (!el) return;
    var bar = el.querySelector('progress');
    var teks = el.querySelector('.teks');
    var unduh = document.getElementById('unduh-zip');
    var muatUlang = document.getElementById('muat-ulang');
    function selesai(status) { return status === 'Selesai' || status === 'Gagal'; }
    function tanya() {
        fetch(el.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (d) {
                if (!d) return;
                bar.max = Math.max(1, d.jumlah);
                bar.value = d.selesai;
                teks.textContent = d.teks;
                if (d.status === 'Selesai' && unduh) unduh.classList.remove('hidden');
                if (selesai(d.status)) { if (muatUlang) muatUlang.remove(); } else setTimeout(tanya, 1500);
            })
            .catch(function () { setTimeout(tanya, 5000); });
    }
    if (!selesai(el.dataset.status)) setTimeout(tanya, 1000);
})();

// Offline support: registers the site's service worker and, on the facilitator's roster, keeps attendance marks
// in localStorage with an id made on the phone until the server has them. Without this script the forms post as usual.
(function () {
  'use strict';
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* the page works without it */ });
  }

  // Camera QR check-in where the browser can read QR codes itself (BarcodeDetector); the PIN field always stays.
  var pindai = document.getElementById('pindai');
  if (pindai && 'BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    pindai.hidden = false;
    document.getElementById('mulai-pindai').addEventListener('click', function () {
      var video = document.getElementById('kamera');
      var detektor = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (aliran) {
        video.srcObject = aliran; video.hidden = false; video.play();
        function cari() {
          detektor.detect(video).then(function (kode) {
            var isi = kode.length ? kode[0].rawValue : '';
            if (isi.indexOf('DTKS1:') === 0) {
              aliran.getTracks().forEach(function (t) { t.stop(); });
              document.getElementById('qr').value = isi;
              pindai.submit();
            } else { setTimeout(cari, 250); }
          }).catch(function () { setTimeout(cari, 500); });
        }
        cari();
      }).catch(function () { pindai.hidden = true; });
    });
  }

  var daftar = document.querySelector('ul.roster[data-sesi]');
  if (!daftar || !window.localStorage || !window.fetch) return;
  var sesi = daftar.getAttribute('data-sesi');
  var kunci = 'dtks-tanda-' + sesi;
  var info = document.getElementById('antrean');
  var mengirim = false;

  function baca() { try { return JSON.parse(localStorage.getItem(kunci) || '[]'); } catch (e) { return []; } }
  function simpan(antre) { localStorage.setItem(kunci, JSON.stringify(antre)); tampil(antre); }
  function idBaru() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }
  function tampil(antre) {
    if (!info) return;
    info.hidden = antre.length === 0;
    info.textContent = (info.getAttribute('data-teks') || '{n} tanda menunggu dikirim').replace('{n}', antre.length);
  }
  function tandaiKartu(form, status, label, menunggu) {
    var kartu = form.closest('li');
    var badge = kartu && kartu.querySelector('.badge.status');
    if (badge) { badge.textContent = label; badge.className = 'badge status ' + (menunggu ? 'warn' : 'ok'); }
    form.querySelectorAll('button[name=status]').forEach(function (b) {
      b.className = 'btn' + (b.value === status ? '' : ' second');
    });
  }

  function kirim() {
    if (mengirim) return;
    var antre = baca();
    if (antre.length === 0) return;
    mengirim = true;
    var t = antre[0];
    var data = new URLSearchParams();
    data.set('pesertaId', t.pesertaId); data.set('status', t.status); data.set('idTanda', t.id);
    data.set('__RequestVerificationToken', t.token);
    fetch('/Staf/Kehadiran/Sesi/' + sesi + '?handler=Antre', {
      method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(function (res) {
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    }).then(function (hasil) {
      // Drop exactly the mark that was sent; a newer mark for the same person made meanwhile stays queued.
      simpan(baca().filter(function (x) { return x.id !== t.id; }));
      var form = daftar.querySelector('form[data-peserta="' + t.pesertaId + '"]');
      if (form && hasil.ok) tandaiKartu(form, hasil.status, hasil.label, false);
      else if (form && info) { info.hidden = false; info.textContent = hasil.label; }
      mengirim = false;
      kirim();
    }).catch(function () { mengirim = false; });
  }

  daftar.addEventListener('submit', function (e) {
    var form = e.target;
    var tombol = e.submitter;
    if (!form.matches('form[data-peserta]') || !tombol || tombol.name !== 'status') return;
    e.preventDefault();
    var tokenInput = form.querySelector('input[name=__RequestVerificationToken]');
    // The last mark per participant wins: an unsent earlier mark is replaced, never sent after it.
    var antre = baca().filter(function (x) { return x.pesertaId !== form.getAttribute('data-peserta'); });
    antre.push({ id: idBaru(), pesertaId: form.getAttribute('data-peserta'), status: tombol.value, token: tokenInput ? tokenInput.value : '' });
    simpan(antre);
    tandaiKartu(form, tombol.value, tombol.textContent, true);
    kirim();
  });

  window.addEventListener('online', kirim);
  setInterval(kirim, 15000);
  tampil(baca());
  kirim();
})();

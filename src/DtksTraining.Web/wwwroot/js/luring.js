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
  function kartuDari(form) { return form.closest('li'); }
  function keadaanKartu(form) {
    var badge = kartuDari(form).querySelector('.badge.status');
    var tombol = form.querySelector('button[name=status]:not(.second)');
    return { status: tombol ? tombol.value : '', label: badge ? badge.textContent : '', kelas: badge ? badge.className : 'badge status' };
  }
  function tandaiKartu(form, status, label, kelas) {
    var badge = kartuDari(form).querySelector('.badge.status');
    if (badge) { badge.textContent = label; badge.className = kelas; }
    form.querySelectorAll('button[name=status]').forEach(function (b) {
      b.className = 'btn' + (b.value === status ? '' : ' second');
    });
  }
  function galatKartu(form, teks) {
    var galat = kartuDari(form).querySelector('[data-galat-tanda]');
    if (!galat) return;
    galat.textContent = teks || '';
    galat.hidden = !teks;
  }
  function hitung(hasil) {
    var hadir = document.querySelector('[data-jumlah-hadir]');
    var jumlah = document.querySelector('[data-jumlah-peserta]');
    if (hadir && typeof hasil.hadir === 'number') hadir.textContent = hasil.hadir;
    if (jumlah && typeof hasil.jumlah === 'number') jumlah.textContent = hasil.jumlah;
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
      var lebihBaru = baca().some(function (x) { return x.pesertaId === t.pesertaId; });
      if (form && hasil.ok && !lebihBaru) {
        tandaiKartu(form, hasil.status, hasil.label, 'badge status ' + (hasil.dihitungHadir ? 'ok' : 'err'));
        galatKartu(form, '');
      } else if (form && !hasil.ok) {
        // Refused for good (session closed, not enrolled): the card shows what the server holds again, and why.
        if (!lebihBaru && t.sebelum) tandaiKartu(form, t.sebelum.status, t.sebelum.label, t.sebelum.kelas);
        galatKartu(form, hasil.label);
      }
      hitung(hasil);
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
    var lama = baca();
    var tertunda = lama.filter(function (x) { return x.pesertaId === form.getAttribute('data-peserta'); })[0];
    var antre = lama.filter(function (x) { return x.pesertaId !== form.getAttribute('data-peserta'); });
    // What to show again if the server refuses: the state before the first unsent mark, not an unsent one.
    var sebelum = tertunda ? tertunda.sebelum : keadaanKartu(form);
    antre.push({ id: idBaru(), pesertaId: form.getAttribute('data-peserta'), status: tombol.value, token: tokenInput ? tokenInput.value : '', sebelum: sebelum });
    simpan(antre);
    galatKartu(form, '');
    tandaiKartu(form, tombol.value, tombol.textContent, 'badge status warn');
    kirim();
  });

  window.addEventListener('online', kirim);
  setInterval(kirim, 15000);
  tampil(baca());
  kirim();
})();

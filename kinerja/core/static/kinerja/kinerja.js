/* kinerja: the few behaviours a page needs, bound without inline script (CSP). */
document.addEventListener("click", function (e) {
  var t = e.target.closest("[data-cetak]");
  if (t) { e.preventDefault(); window.print(); }
});

/* Confirmation before a consequential submit: a form with data-konfirmasi="question" opens
   a <dialog> that names what will happen; only "Ya" submits. Without JavaScript the form
   submits as before (the server still checks every rule). */
(function () {
  var dialog = null;
  function buat() {
    dialog = document.createElement("dialog");
    dialog.className = "konfirmasi";
    dialog.setAttribute("aria-labelledby", "konfirmasi-judul");
    dialog.innerHTML = '<form method="dialog"><p id="konfirmasi-judul" class="konfirmasi-teks"></p>' +
      '<p class="konfirmasi-rinci kecil"></p><div class="tombol-baris">' +
      '<button value="ya" class="konfirmasi-ya">Ya, lanjutkan</button>' +
      '<button value="batal" class="kedua" autofocus>Batal</button></div></form>';
    document.body.appendChild(dialog);
  }
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.matches("form[data-konfirmasi]") || form.dataset.dikonfirmasi === "1") { return; }
    if (typeof HTMLDialogElement === "undefined") { return; }
    if (!form.reportValidity()) { return; }
    e.preventDefault();
    if (!dialog) { buat(); }
    dialog.querySelector(".konfirmasi-teks").textContent = form.dataset.konfirmasi;
    dialog.querySelector(".konfirmasi-rinci").textContent = form.dataset.konfirmasiRinci || "";
    var ya = dialog.querySelector(".konfirmasi-ya");
    ya.className = "konfirmasi-ya" + (form.dataset.bahaya ? " bahaya" : "");
    dialog.returnValue = "";
    dialog.onclose = function () {
      if (dialog.returnValue === "ya") {
        form.dataset.dikonfirmasi = "1";
        if (form.requestSubmit) { form.requestSubmit(e.submitter || undefined); } else { form.submit(); }
      }
    };
    dialog.showModal();
  });
})();

// A background task's progress: an element with data-pantau="<status URL>" holding a
// <progress> and a .pantau-langkah text is polled until the task ends, then the page reloads.
(function () {
  "use strict";
  var daftar = document.querySelectorAll("[data-pantau]");
  if (!daftar.length || !window.fetch) { return; }
  function pantau(el) {
    fetch(el.dataset.pantau, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (d) {
        var bar = el.querySelector("progress");
        if (bar) { bar.value = d.progres; bar.textContent = d.progres + "%"; }
        var teks = el.querySelector(".pantau-langkah");
        if (teks) { teks.textContent = d.label + (d.langkah ? ": " + d.langkah : ""); }
        if (d.selesai) { window.location.reload(); } else { window.setTimeout(function () { pantau(el); }, 1500); }
      })
      .catch(function () { window.setTimeout(function () { pantau(el); }, 5000); });
  }
  Array.prototype.forEach.call(daftar, pantau);
})();

// A file input with data-maks-byte refuses a file above the limit before it is sent (the
// server checks again): the user gets the message in Indonesian at once, not after uploading.
(function () {
  "use strict";
  document.addEventListener("change", function (e) {
    var el = e.target;
    if (!el.matches || !el.matches("input[type=file][data-maks-byte]")) { return; }
    var maks = parseInt(el.dataset.maksByte, 10);
    var besar = Array.prototype.filter.call(el.files || [], function (f) { return f.size > maks; });
    el.setCustomValidity(besar.length ? "Berkas “" + besar[0].name + "” melebihi batas " +
      Math.round(maks / 1048576) + " MB. Perkecil berkasnya, lalu pilih lagi." : "");
    if (besar.length) { el.reportValidity(); }
  });
})();

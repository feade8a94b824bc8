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

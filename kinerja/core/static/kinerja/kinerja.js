/* kinerja: the few behaviours a page needs, bound without inline script (CSP). */
document.addEventListener("click", function (e) {
  var t = e.target.closest("[data-cetak]");
  if (t) { e.preventDefault(); window.print(); }
});

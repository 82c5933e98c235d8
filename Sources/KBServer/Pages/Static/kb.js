// The one script the pages need: the brief's print button.
document.addEventListener("click", function (event) {
  if (event.target && event.target.matches("[data-print]")) { window.print(); }
});

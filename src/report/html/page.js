// The review page's only script: follow a quote to its source sentence(s), and filter quotes.
// Everything also works without it: quotes are plain links, :target highlights the sentence.
(function () {
  "use strict";
  var active = [];
  function clearActive() {
    active.forEach(function (el) { el.classList.remove("active"); });
    active = [];
  }
  // Highlights a linking element and every element its data-source lists; scrolls the first
  // target into view inside its own column (the report column stays where it is).
  function follow(link, scroll) {
    clearActive();
    var ids = (link.getAttribute("data-source") || "").split(" ").filter(Boolean);
    var name = link.getAttribute("data-quote");
    var pieces = name ? document.querySelectorAll('.quote[data-quote="' + name + '"]') : [link];
    Array.prototype.forEach.call(pieces, function (el) { el.classList.add("active"); active.push(el); });
    ids.forEach(function (id, i) {
      var target = document.getElementById(id);
      if (!target) return;
      target.classList.add("active");
      active.push(target);
      if (scroll && i === 0) target.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-source]");
    if (!link || !link.getAttribute("data-source")) return;
    event.preventDefault();
    follow(link, true);
  });
  document.addEventListener("focusin", function (event) {
    var link = event.target.closest && event.target.closest("[data-source]");
    if (link && link.getAttribute("data-source")) follow(link, true);
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter-value]"), function (button) {
    button.addEventListener("click", function () {
      document.body.setAttribute("data-filter", button.getAttribute("data-filter-value"));
      Array.prototype.forEach.call(document.querySelectorAll("[data-filter-value]"), function (b) {
        b.setAttribute("aria-pressed", String(b === button));
      });
    });
  });
  // Load time (ms since navigation start), for measuring the page in a headless browser.
  window.addEventListener("load", function () {
    document.documentElement.setAttribute("data-load-ms", String(Math.round(performance.now())));
  });
})();

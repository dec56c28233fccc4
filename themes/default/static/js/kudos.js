/* Kudos default theme: progressive enhancement only. Everything works without it. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement, KEY = "kudos-theme";

  /* ---- light / dark toggle ---- */
  function store(name, value) {
    try { if (value) localStorage.setItem(name, value); return localStorage.getItem(name); } catch (e) { return null; }
  }
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function isDark() {
    var t = root.getAttribute("data-theme");
    return t ? t === "dark" : !!(media && media.matches);
  }
  var saved = store(KEY);
  if (saved === "dark" || saved === "light") root.setAttribute("data-theme", saved);

  var slot = doc.querySelector("[data-kudos-tools]") || doc.querySelector(".site-header .wrap");
  if (slot) {
    var btn = doc.createElement("button");
    btn.type = "button";
    btn.className = "theme-toggle";
    btn.setAttribute("aria-label", slot.getAttribute("data-label-dark") || "");
    btn.innerHTML =
      '<svg class="i-moon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M21 14.5A8.5 8.5 0 0 1 9.5 3a8.5 8.5 0 1 0 11.5 11.5z"/></svg>' +
      '<svg class="i-sun" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4.5" fill="currentColor"/><path stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M12 1.5v2.5M12 20v2.5M1.5 12H4M20 12h2.5M4.6 4.6l1.8 1.8M17.6 17.6l1.8 1.8M4.6 19.4l1.8-1.8M17.6 6.4l1.8-1.8"/></svg>';
    var sync = function () { btn.setAttribute("aria-pressed", isDark() ? "true" : "false"); };
    btn.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      store(KEY, next);
      sync();
    });
    if (media && media.addEventListener) media.addEventListener("change", sync);
    sync();
    slot.appendChild(btn);
  }

  /* ---- list filter and search ---- */
  var form = doc.querySelector("form[data-filter]");
  var list = doc.querySelector("[data-filter-list]");
  if (!form || !list) return;

  var items = Array.prototype.slice.call(list.children);
  var count = doc.getElementById("result-count");
  var empty = doc.querySelector("[data-filter-empty]");
  var allText = count ? count.textContent : "", someText = (count && count.getAttribute("data-some")) || "{0} / {1}";
  var search = form.querySelector("input[type=search]");
  var timer = 0;

  /* Each filter is a drop-down or a group of chips (toggle buttons); both read and set the same way. */
  var filters = [];
  Array.prototype.forEach.call(form.querySelectorAll("select[data-key]"), function (s) {
    filters.push({
      name: s.name, key: s.getAttribute("data-key"),
      get: function () { return s.value; },
      set: function (v) { s.value = v; },
      has: function (v) { return Array.prototype.some.call(s.options, function (o) { return o.value === v; }); }
    });
  });
  Array.prototype.forEach.call(form.querySelectorAll("[data-chips]"), function (group) {
    var chips = Array.prototype.slice.call(group.querySelectorAll("button[data-value]"));
    var filter = {
      name: group.getAttribute("data-chips"), key: group.getAttribute("data-key"),
      get: function () {
        for (var i = 0; i < chips.length; i++) if (chips[i].getAttribute("aria-pressed") === "true") return chips[i].getAttribute("data-value");
        return "";
      },
      set: function (v) {
        chips.forEach(function (c) {
          var on = c.getAttribute("data-value") === v;
          c.setAttribute("aria-pressed", on ? "true" : "false");
          // A row that scrolls sideways (phones) shows its pressed chip.
          if (on && c.parentNode.scrollWidth > c.parentNode.clientWidth) c.parentNode.scrollLeft = c.offsetLeft - c.parentNode.offsetLeft - 8;
        });
      },
      has: function (v) { return chips.some(function (c) { return c.getAttribute("data-value") === v; }); }
    };
    group.addEventListener("click", function (e) {
      var chip = e.target.closest ? e.target.closest("button[data-value]") : null;
      if (!chip) return;
      filter.set(chip.getAttribute("data-value"));
      apply(false);
    });
    filters.push(filter);
  });

  function fold(s) {
    s = (s || "").toLowerCase();
    return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
  }
  items.forEach(function (li) { li._text = fold(li.getAttribute("data-search")); });

  function matches(li, words) {
    for (var i = 0; i < filters.length; i++) {
      var v = filters[i].get(), key = filters[i].key;
      if (!v) continue;
      var have = li.getAttribute("data-" + key) || "";
      if (key === "tags" ? (" " + have + " ").indexOf(" " + v + " ") < 0 : have !== v) return false;
    }
    for (var j = 0; j < words.length; j++) if (li._text.indexOf(words[j]) < 0) return false;
    return true;
  }

  function announce(shown) {
    if (!count) return;
    var total = items.length;
    var text = shown === total ? allText
      : someText.replace("{0}", shown.toLocaleString(root.lang)).replace("{1}", total.toLocaleString(root.lang));
    if (count.textContent !== text) count.textContent = text;
  }

  function apply(live) {
    var words = fold(search ? search.value : "").split(/\s+/).filter(Boolean), shown = 0;
    items.forEach(function (li) {
      var ok = matches(li, words);
      li.hidden = !ok;
      if (ok) shown++;
    });
    if (empty) empty.hidden = shown > 0;
    clearTimeout(timer);
    if (live) timer = setTimeout(function () { announce(shown); }, 400); else announce(shown);

    var params = new URLSearchParams(location.search);
    if (search) search.value.trim() ? params.set(search.name, search.value.trim()) : params.delete(search.name);
    filters.forEach(function (f) { f.get() ? params.set(f.name, f.get()) : params.delete(f.name); });
    var q = params.toString();
    try { history.replaceState(history.state, "", location.pathname + (q ? "?" + q : "") + location.hash); } catch (e) { /* file: URLs */ }
  }

  var initial = new URLSearchParams(location.search);
  if (search && initial.get(search.name)) search.value = initial.get(search.name);
  filters.forEach(function (f) {
    var v = initial.get(f.name);
    if (v && f.has(v)) f.set(v);
  });

  form.hidden = false;
  filters.forEach(function (f) { f.set(f.get()); });
  form.addEventListener("input", function (e) { apply(e.target === search); });
  form.addEventListener("change", function () { apply(false); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(false); });
  form.addEventListener("reset", function () {
    setTimeout(function () { filters.forEach(function (f) { f.set(""); }); apply(false); if (search) search.focus(); }, 0);
  });
  apply(false);
})();

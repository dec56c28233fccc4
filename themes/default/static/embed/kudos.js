/*! Kudos embed: <div data-kudos="logos"></div> or <div data-kudos="testimonials"></div>, then
 * <script src="https://YOUR-KUDOS-SITE/embed/kudos.js" async></script>. No dependencies.
 * Reads data/profiles.json beside it (cross-origin: that file needs Access-Control-Allow-Origin);
 * without it, the same content is shown in an iframe. Text from the data is set as text, never HTML. */
(function () {
  "use strict";
  var doc = document, me = doc.currentScript;
  var base = me && me.src ? me.src.replace(/embed\/kudos\.js([?#].*)?$/, "") : "";
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var CSS = ".kudos-logos,.kudos-quotes{font:inherit;color:inherit}" +
    ".kudos-row{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:center;justify-content:center}" +
    ".kudos-row a{display:flex;align-items:center;gap:.5rem;color:inherit;text-decoration:none}" +
    ".kudos-row img{display:block;max-height:3rem;max-width:8rem;width:auto;height:auto}" +
    ".kudos-mono{display:inline-grid;place-items:center;width:2.75rem;height:2.75rem;border-radius:10px;font-weight:700}" +
    ".kudos-move{display:flex;overflow:hidden}.kudos-move .kudos-row{flex:none;min-width:100%;flex-wrap:nowrap;justify-content:space-around;padding-right:2rem;animation:kudos-scroll 40s linear infinite}" +
    ".kudos-paused .kudos-row,.kudos-move:hover .kudos-row,.kudos-move:focus-within .kudos-row{animation-play-state:paused}" +
    "@keyframes kudos-scroll{to{transform:translateX(-100%)}}" +
    ".kudos-pause{font:inherit;font-size:.85em;margin:0 0 .5rem;padding:.2em .8em;border:1px solid currentColor;border-radius:999px;background:none;color:inherit;cursor:pointer}" +
    ".kudos-quotes figure{margin:0;padding:1rem;border:1px solid rgba(127,127,127,.4);border-radius:12px}" +
    ".kudos-quotes blockquote{margin:0 0 .5rem;font-size:1.1em}.kudos-quotes figcaption{font-size:.9em}" +
    ".kudos-nav{display:flex;gap:.5rem;align-items:center;margin-top:.5rem}" +
    ".kudos-nav button{font:inherit;padding:.2em .8em;border:1px solid currentColor;border-radius:6px;background:none;color:inherit;cursor:pointer}";

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function safe(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function style() {
    if (doc.getElementById("kudos-embed-css")) return;
    var s = el("style", null, CSS);
    s.id = "kudos-embed-css";
    (doc.head || doc.documentElement).appendChild(s);
  }
  function frame(node, page, title, height) {
    var f = el("iframe");
    f.src = base + "embed/" + page;
    f.title = title;
    f.loading = "lazy";
    f.style.cssText = "width:100%;border:0;height:" + height;
    node.textContent = "";
    node.appendChild(f);
  }
  function item(p, hidden) {
    var li = el("li"), a = el("a"), href = safe(p.url);
    if (href) a.href = href;
    if (hidden) a.tabIndex = -1;
    var logo = p.logo && safe(p.logo.url);
    if (logo) {
      var img = el("img");
      img.src = logo;
      if (p.logo.srcset) { img.srcset = p.logo.srcset; img.sizes = "8rem"; }
      img.alt = p.name;
      img.loading = "lazy";
      a.appendChild(img);
    } else {
      var m = el("span", "kudos-mono", p.monogram.initials);
      m.style.background = p.monogram.background;
      m.style.color = p.monogram.foreground;
      m.setAttribute("aria-hidden", "true");
      a.appendChild(m);
      a.appendChild(el("span", null, p.name));
    }
    li.appendChild(a);
    return li;
  }
  function row(list, hidden) {
    var ul = el("ul", "kudos-row");
    list.forEach(function (p) { ul.appendChild(item(p, hidden)); });
    if (hidden) ul.setAttribute("aria-hidden", "true");
    return ul;
  }
  function logos(node, data) {
    var list = data.profiles || [], box = el("div", "kudos-logos");
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", "Proud to work with: " + (data.site && data.site.title || ""));
    if (!reduce && list.length > 2) {
      var move = el("div", "kudos-move"), pause = el("button", "kudos-pause", "Pause");
      pause.type = "button";
      pause.setAttribute("aria-pressed", "false");
      pause.addEventListener("click", function () {
        var paused = move.classList.toggle("kudos-paused");
        pause.setAttribute("aria-pressed", paused ? "true" : "false");
        pause.textContent = paused ? "Play" : "Pause";
      });
      move.appendChild(row(list, false));
      move.appendChild(row(list, true));
      box.appendChild(pause);
      box.appendChild(move);
    } else {
      box.appendChild(row(list, false));
    }
    node.textContent = "";
    node.appendChild(box);
  }
  function testimonials(node, data) {
    var quotes = [];
    (data.profiles || []).forEach(function (p) {
      (p.testimonials || []).forEach(function (t) { quotes.push({ t: t, p: p }); });
    });
    var box = el("div", "kudos-quotes"), at = 0;
    box.setAttribute("role", "region");
    box.setAttribute("aria-roledescription", "carousel");
    box.setAttribute("aria-label", "What people say about " + (data.site && data.site.title || "us"));
    var slot = el("div");
    slot.setAttribute("aria-live", "polite");
    function show() {
      var q = quotes[at], f = el("figure"), b = el("blockquote"), c = el("figcaption"), a = el("a", null, q.p.name);
      b.appendChild(el("p", null, q.t.quote));
      // A role that names the profile ("Owner, <name>") links the name there rather than repeating it.
      var role = q.t.role || "", named = role.indexOf(q.p.name);
      if (safe(q.p.url)) a.href = q.p.url;
      if (named < 0) {
        c.appendChild(doc.createTextNode(q.t.author + (role ? ", " + role : "") + " · "));
        c.appendChild(a);
      } else {
        c.appendChild(doc.createTextNode(q.t.author + ", " + role.slice(0, named)));
        c.appendChild(a);
        c.appendChild(doc.createTextNode(role.slice(named + q.p.name.length)));
      }
      f.appendChild(b);
      f.appendChild(c);
      slot.textContent = "";
      slot.appendChild(f);
      count.textContent = (at + 1) + " / " + quotes.length;
    }
    function button(label, step) {
      var btn = el("button", null, label);
      btn.type = "button";
      btn.addEventListener("click", function () { at = (at + step + quotes.length) % quotes.length; show(); });
      return btn;
    }
    var nav = el("div", "kudos-nav"), count = el("span");
    box.appendChild(slot);
    if (quotes.length > 1) {
      nav.appendChild(button("Previous", -1));
      nav.appendChild(count);
      nav.appendChild(button("Next", 1));
      box.appendChild(nav);
    }
    node.textContent = "";
    if (quotes.length) { show(); node.appendChild(box); }
  }
  function run() {
    var nodes = doc.querySelectorAll("[data-kudos]");
    if (!nodes.length) return;
    style();
    function fallback() {
      Array.prototype.forEach.call(nodes, function (n) {
        if (n.getAttribute("data-kudos") === "testimonials") frame(n, "testimonials.html", "Testimonials", "17rem");
        else frame(n, "logos.html", "Proud to work with", "9.5rem");
      });
    }
    if (!window.fetch) return fallback();
    fetch(base + "data/profiles.json", { mode: "cors", credentials: "omit" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        Array.prototype.forEach.call(nodes, function (n) {
          if (n.getAttribute("data-kudos") === "testimonials") testimonials(n, data);
          else logos(n, data);
        });
      }, fallback);
  }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", run);
  else run();
})();

/* Kudos default theme: a Copy button beside each read-only snippet. Without it, the text area can still be selected and copied. */
(function () {
  "use strict";
  var fields = document.querySelectorAll("[data-copy]");
  Array.prototype.forEach.call(fields, function (field) {
    var area = field.querySelector("textarea");
    if (!area || field.querySelector(".copy-button")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-quiet copy-button";
    button.textContent = field.getAttribute("data-label-copy") || "Copy";
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    function done(ok) {
      status.textContent = ok ? field.getAttribute("data-label-copied") || "Copied"
        : field.getAttribute("data-label-failed") || "Select the text and copy it";
      setTimeout(function () { status.textContent = ""; }, 4000);
    }
    button.addEventListener("click", function () {
      area.focus();
      area.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(area.value).then(function () { done(true); }, function () { done(false); });
      } else {
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
        done(ok);
      }
    });
    field.appendChild(button);
    field.appendChild(status);
  });
})();

// Added by `deckle serve` to every page it serves (never to the built files): reloads the
// page as soon as a new build is ready, and shows the build's problems over the page while the
// last build that worked stays on screen.
(function () {
  "use strict";
  var shown = Number(document.currentScript.getAttribute("data-deckle-version"));
  var panel = null;

  function showProblems(text) {
    if (!panel) {
      panel = document.createElement("section");
      panel.setAttribute("role", "alert");
      panel.setAttribute("aria-label", "Build problems");
      panel.style.cssText =
        "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;" +
        "z-index:2147483647;margin:0;padding:1rem 1.25rem;box-sizing:border-box;" +
        "background:#fff3f0;color:#4a0d00;border-top:4px solid #b3261e;" +
        "font:16px/1.45 system-ui,sans-serif;box-shadow:0 -4px 18px rgba(0,0,0,.25)";
      var heading = document.createElement("strong");
      heading.textContent = "deckle could not rebuild the site";
      var note = document.createElement("p");
      note.style.margin = ".4rem 0";
      note.textContent = shown > 0
        ? "You are looking at the last version that worked. Fix the problem below and save: this page updates by itself."
        : "Fix the problem below and save: this page updates by itself.";
      var details = document.createElement("pre");
      details.style.cssText = "white-space:pre-wrap;margin:0;font:15px/1.4 ui-monospace,monospace";
      panel.append(heading, note, details);
      document.body.appendChild(panel);
    }
    panel.querySelector("pre").textContent = text;
  }

  // The server pushes each build's number and problems down this stream the moment the build
  // is over. A page in a hidden tab lets go of its stream: browsers allow only a few open
  // connections to one address, and each open tab of the preview would hold one.
  var address = document.currentScript.getAttribute("data-deckle-events");
  var source = null;

  function listen() {
    source = new EventSource(address);
    source.onmessage = function (event) {
      var status = JSON.parse(event.data);
      if (status.version !== shown) {
        source.close();
        location.reload();
        return;
      }
      if (status.problems) {
        showProblems(status.problems);
      } else if (panel) {
        panel.remove();
        panel = null;
      }
    };
    // When the preview stops or restarts, the browser reconnects by itself.
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden && source) {
      source.close();
      source = null;
    } else if (!document.hidden && !source) {
      listen();
    }
  });
  if (!document.hidden) {
    listen();
  }
})();

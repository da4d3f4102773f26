/// The script added to every served page: it listens on the event stream, reloads the page after
/// a rebuild, and shows a failed build's errors, or a good build's warnings, over the page (as
/// text, never as HTML).
enum LiveReloadScript {
    /// Where the server answers; outside any site's paths, whatever its sub-path.
    static let prefix = "/__sitegen/"
    static let scriptPath = prefix + "live-reload.js"
    static let eventsPath = prefix + "events"

    /// The tag the injector adds before `</body>`.
    static let tag = "<script src=\"\(scriptPath)\"></script>"

    static let source = #"""
    (function () {
      "use strict";
      if (!window.EventSource) { return; }
      var generation = null;
      var overlay = null;

      function hideError() {
        if (overlay) { overlay.remove(); overlay = null; }
      }

      function showError(message) { show(message, true); }
      function showWarnings(message) { show(message, false); }

      function show(message, failed) {
        hideError();
        overlay = document.createElement("div");
        overlay.setAttribute("role", failed ? "alert" : "status");
        overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
          (failed ? "background:#2b0b0b;border-top:4px solid #e5484d;" : "background:#2b2206;border-top:4px solid #f5b83d;") +
          "color:#fff;padding:1rem 1.25rem;" +
          "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 24px rgba(0,0,0,.4)";
        var title = document.createElement("strong");
        title.textContent = failed
          ? "sitegen: the build failed. This is the last good version of the site; fix the error and the page reloads."
          : "sitegen: the site was built, with warnings:";
        var details = document.createElement("pre");
        details.style.cssText = "margin:.75rem 0 0;white-space:pre-wrap;font:inherit;color:" + (failed ? "#ffd7d7" : "#ffe9b8");
        details.textContent = message;
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "Dismiss";
        close.style.cssText = "float:right;margin-left:1rem;font:inherit;color:inherit;background:transparent;" +
          "border:1px solid #fff;border-radius:4px;padding:.1rem .6rem;cursor:pointer";
        close.addEventListener("click", hideError);
        overlay.append(close, title, details);
        document.body.appendChild(overlay);
      }

      var source = new EventSource("\#(eventsPath)");
      source.addEventListener("hello", function (event) {
        if (generation !== null && generation !== event.data) { location.reload(); return; }
        generation = event.data;
        hideError();
      });
      // `only PATH` and `except PATH` lines after the generation: which pages the reload is for.
      function here(path) { return path.replace(/index\.html$/, ""); }
      source.addEventListener("reload", function (event) {
        var only = [], except = [], lines = event.data.split("\n");
        for (var i = 1; i < lines.length; i++) {
          if (lines[i].indexOf("only ") === 0) { only.push(lines[i].slice(5)); }
          if (lines[i].indexOf("except ") === 0) { except.push(lines[i].slice(7)); }
        }
        var page = here(location.pathname);
        if (only.length && only.indexOf(page) < 0) { return; }
        if (except.indexOf(page) >= 0) { generation = lines[0]; return; }
        location.reload();
      });
      source.addEventListener("build-error", function (event) { showError(event.data); });
      source.addEventListener("build-warnings", function (event) { showWarnings(event.data); });
    })();

    """#
}

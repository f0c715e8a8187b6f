// The local web editor's own part (staticsite serve): the preview pane renders the unsaved entry
// through the site's real pipeline on the preview server, with the build's warnings for the page,
// and a save the build would refuse is explained on screen in Dutch. Settings come from the
// <script data-staticsite-editor> element of admin/index.html.
(function () {
  "use strict";
  var settings = JSON.parse(document.querySelector("script[data-staticsite-editor]").textContent);
  // Beside the form Decap shows, by default, the other language's form for a page with translations;
  // most edits are Dutch ones, which need the site's preview and its checks. The toggle above the form
  // still shows the translation side by side, and Decap remembers the choice.
  try {
    if (!window.localStorage.getItem("cms.right-pane")) window.localStorage.setItem("cms.right-pane", "preview");
  } catch (e) { /* no storage: Decap's own default */ }
  var Delay = 300; // ms after the last keystroke before the preview asks the server again

  function post(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { status: r.status, json: j }; }); });
  }

  function diagnosticItem(d, i) {
    return h("li", { key: i, className: "staticsite-diagnostic staticsite-" + d.severity, style: { marginBottom: "0.6em" } },
      h("strong", null, d.severity === "error" ? "Fout: " : "Let op: "),
      d.explanation,
      h("br"),
      h("code", { style: { fontSize: "0.85em", whiteSpace: "pre-wrap" } }, d.text));
  }

  var Preview = createClass({
    getInitialState: function () { return { html: null, diagnostics: [], shared: false, failed: null }; },
    componentDidMount: function () { this.schedule(); },
    componentDidUpdate: function (previous) { if (previous.entry !== this.props.entry) this.schedule(); },
    componentWillUnmount: function () { clearTimeout(this.timer); this.gone = true; },
    schedule: function () { clearTimeout(this.timer); this.timer = setTimeout(this.load, Delay); },
    load: function () {
      var self = this, entry = this.props.entry, asked = ++this.asked || (this.asked = 1);
      post(settings.preview, {
        collection: this.props.collection.get("name"),
        path: entry.get("path") || "",
        slug: entry.get("slug") || "",
        // For a page edited with its translations: the language whose form the pane shows (Decap's i18n).
        locale: this.props.locale || "",
        data: entry.get("data") ? entry.get("data").toJS() : {}
      }).then(function (r) {
        if (self.gone || asked !== self.asked) return;
        if (r.status !== 200) { self.setState({ failed: r.json.error || ("HTTP " + r.status) }); return; }
        self.setState({ html: r.json.html, diagnostics: r.json.diagnostics, shared: r.json.shared, failed: null });
      }, function (e) { if (!self.gone) self.setState({ failed: String(e) }); });
    },
    render: function () {
      var s = this.state, parts = [];
      if (s.shared)
        parts.push(h("p", { key: "shared", role: "note", className: "staticsite-shared-warning",
          style: { background: "#fff4ce", border: "2px solid #b58100", padding: "0.6em", margin: "0 0 0.6em" } }, settings.sharedWarning));
      if (s.failed) parts.push(h("p", { key: "failed", role: "alert" }, "Het voorbeeld kon niet worden gemaakt: " + s.failed));
      if (s.diagnostics.length > 0)
        parts.push(h("section", { key: "diagnostics", className: "staticsite-preview-diagnostics", "aria-label": "Meldingen van de controle",
          style: { background: "#f5f5f5", padding: "0.6em 0.8em", margin: "0 0 0.6em", font: "14px/1.4 system-ui, sans-serif" } },
          h("h2", { style: { fontSize: "1em", margin: "0 0 0.4em" } }, "Meldingen van de controle (" + s.diagnostics.length + ")"),
          h("ul", { style: { paddingLeft: "1.2em", margin: 0 } }, s.diagnostics.map(diagnosticItem))));
      else if (s.html !== null)
        parts.push(h("p", { key: "ok", className: "staticsite-preview-ok", style: { font: "14px system-ui, sans-serif", color: "#1e5e3a", margin: "0 0 0.6em" } },
          "Geen meldingen: zo komt de pagina op de site."));
      if (s.html !== null)
        parts.push(h("iframe", { key: "page", className: "staticsite-preview-page", title: "Voorbeeld van de pagina zoals de site haar toont",
          sandbox: "allow-same-origin", srcDoc: s.html, style: { width: "100%", height: "80vh", border: "1px solid #ccc" } }));
      return h("div", { className: "staticsite-preview" }, parts);
    }
  });
  settings.collections.forEach(function (name) { CMS.registerPreviewTemplate(name, Preview); });

  // Decap shows a refused save as a toast that disappears after a few seconds; an editor needs the
  // explanation to stay until it is read. Refusals of /api/v1 carry the build's diagnostics.
  var fetchOriginal = window.fetch;
  window.fetch = function (input, init) {
    var promise = fetchOriginal.apply(this, arguments);
    var url = typeof input === "string" ? input : (input && input.url) || "";
    if (url.indexOf(settings.api) === -1 || !init || typeof init.body !== "string" || init.body.indexOf("\"persist") === -1) return promise;
    return promise.then(function (response) {
      if (response.status >= 400) response.clone().json().then(showRefusal, function () {});
      else hideRefusal();
      return response;
    });
  };

  function hideRefusal() {
    var old = document.getElementById("staticsite-save-refused");
    if (old) old.remove();
  }

  function showRefusal(answer) {
    hideRefusal();
    var panel = document.createElement("div");
    panel.id = "staticsite-save-refused";
    panel.setAttribute("role", "alert");
    panel.style.cssText = "position:fixed;left:50%;transform:translateX(-50%);bottom:1rem;z-index:2147483647;max-width:46rem;width:calc(100% - 2rem);" +
      "max-height:60vh;overflow:auto;background:#fff;color:#1a1a1a;border:3px solid #b00020;border-radius:6px;padding:1rem 1.2rem;" +
      "box-shadow:0 4px 24px rgba(0,0,0,.3);font:15px/1.5 system-ui,sans-serif";
    var title = document.createElement("h2");
    title.style.cssText = "margin:0 0 .5rem;font-size:1.1rem;color:#b00020";
    title.textContent = "Niet opgeslagen";
    panel.appendChild(title);
    var intro = document.createElement("p");
    intro.style.margin = "0 0 .5rem";
    intro.textContent = answer.explanation || "De wijziging is niet opgeslagen.";
    panel.appendChild(intro);
    var list = document.createElement("ul");
    list.style.cssText = "margin:0 0 .8rem;padding-left:1.2rem";
    (answer.diagnostics || [{ explanation: "", text: answer.message || answer.error }]).forEach(function (d) {
      var item = document.createElement("li");
      item.style.marginBottom = ".5rem";
      var what = document.createElement("span");
      what.textContent = d.explanation + (d.line > 0 ? " (regel " + d.line + ")" : "");
      var original = document.createElement("code");
      original.style.cssText = "display:block;font-size:.85em;white-space:pre-wrap;color:#444";
      original.textContent = d.text;
      item.appendChild(what);
      item.appendChild(original);
      list.appendChild(item);
    });
    panel.appendChild(list);
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Sluiten";
    close.onclick = hideRefusal;
    panel.appendChild(close);
    document.body.appendChild(panel);
    close.focus();
  }
})();

/*
 * Kernel-free charts for the static site.
 *
 * Jupyter Book adds this file to every page. It looks for chart placeholders written by
 * widgets/static.py (<div class="eih-chart"> followed by a JSON spec), and only if a page has
 * some does it load Vega, Vega-Lite and Vega-Embed from the site's own eih-vendor/ folder
 * (never from a CDN). The sliders and selectors are Vega-Lite parameters, so they redraw the
 * chart in the browser without a Python kernel.
 *
 * It also loads, once the charts are drawn, the scripts the build marked to wait for them (MathJax).
 *
 * Each placeholder gets data-eih-state = "loading" | "rendered" | "error" so that tests and
 * curious readers can see what happened; an error is also written into the page in words.
 *
 * Charts follow the site's colour mode: in dark mode they are drawn with light text and dim
 * gridlines on the page's own background. In both modes a line, point or text colour that would
 * fade into the page is darkened (light) or lightened (dark) until it meets WCAG's contrast (see
 * "Colour mode" below). Switching the mode redraws them, keeping the reader's settings.
 */
(function () {
  "use strict";
  // This file lives at <site>/_static/eih/charts.js; the vendored bundles at <site>/eih-vendor/.
  var vendorBase = new URL("../../eih-vendor/vega/", document.currentScript.src);
  // The same list as VEGA_BUNDLES in tools/sphinx_ext/lean_pages.py, which preloads them.
  var bundles = ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"];

  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(name, vendorBase).href;
      // Dynamically inserted scripts are async by default; async=false keeps execution in
      // insertion order while the three files still download in parallel.
      script.async = false;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + script.src)); };
      document.head.appendChild(script);
    });
  }

  function loadVega() {
    // Vega-Lite needs the global `vega`, Vega-Embed needs both: ordered execution, parallel download.
    return Promise.all(bundles.map(loadScript));
  }

  function specFor(container) {
    var holder = document.getElementById(container.id + "-spec");
    return JSON.parse(holder.textContent);
  }

  function showError(container, error) {
    container.setAttribute("data-eih-state", "error");
    var message = document.createElement("p");
    message.className = "eih-chart-error";
    message.textContent = "This chart could not be drawn (" + error.message + "). " +
      "The table below the chart gives its numbers in text.";
    container.appendChild(message);
  }

  // The one-line result under a chart (widgets/static.py ResultSentence): a template whose {name}
  // placeholders are the chart's controls (Vega parameters) and whose {0}, {1}, ... are pieces the
  // model computed for the current setting, looked up by the controls' values joined with "|".
  // The same rule as ResultSentence.text in Python. The <p> is aria-live, so screen readers
  // announce the new sentence after each change.
  function sentenceKey(value) { return String(value); }

  function connectSentence(container, view) {
    var out = document.getElementById(container.id + "-result");
    var holder = document.getElementById(container.id + "-sentence");
    if (!out || !holder) { return; }
    var sentence = JSON.parse(holder.textContent);
    var notes = sentence.notes || {};
    function update() {
      var values = {};
      var key = sentence.params.map(function (name) {
        values[name] = sentenceKey(view.signal(name));
        return values[name];
      }).join("|");
      // Notes: placeholders printed through their labels from a parameter's value, not part of the key.
      Object.keys(notes).forEach(function (name) { values[name] = sentenceKey(view.signal(notes[name])); });
      var pieces = sentence.parts[key];
      if (!pieces) { return; }  // a setting the page has no numbers for: keep the last sentence
      var text = sentence.template.replace(/\{(\w+)\}/g, function (match, name) {
        if (/^\d+$/.test(name)) { return pieces[Number(name)]; }
        var labels = sentence.labels[name] || {};
        return Object.prototype.hasOwnProperty.call(labels, values[name]) ? labels[values[name]] : values[name];
      });
      if (out.textContent !== text) { out.textContent = text; }
    }
    var heard = sentence.params.concat(Object.keys(notes).map(function (name) { return notes[name]; }));
    heard.filter(function (name, i) { return heard.indexOf(name) === i; }).forEach(function (name) {
      view.addSignalListener(name, update);
    });
    update();
  }

  // ---- Colour mode ------------------------------------------------------------------------------
  // pydata-sphinx-theme keeps the reader's choice in <html data-mode="light|dark|auto"> and the mode
  // in force in data-theme, which its deferred script resolves ("auto" follows the system setting)
  // after this file has started drawing. Resolving "auto" here too means a chart is drawn once in
  // the right colours rather than redrawn when the theme's script catches up.
  function colourMode() {
    var root = document.documentElement;
    var theme = root.getAttribute("data-theme");
    if (theme === "dark" || theme === "light") { return theme; }
    var mode = root.getAttribute("data-mode");
    if (mode === "dark" || mode === "light") { return mode; }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  // The theme's dark palette (sphinx-book-theme 1.3's --pst-color-background; pydata-sphinx-theme
  // 0.17's --pst-color-text-base, -text-muted, -border-muted). Fixed here rather than read from the
  // CSS variables, which do not hold the dark values yet while data-theme is still "auto".
  var DARK = { background: "#121212", text: "#ced6dd", muted: "#9ca4af", grid: "#29313d" };
  var PAGE_BACKGROUND = { light: "#ffffff", dark: DARK.background };
  // WCAG 2.1: text needs 4.5:1 against its background (SC 1.4.3); lines, points and rules 3:1 to be
  // seen (SC 1.4.11).
  var TEXT_CONTRAST = 4.5;
  var GRAPHIC_CONTRAST = 3;

  // Dark mode's chart style. The chart's own background is transparent, so it is the page's.
  var DARK_CONFIG = {
    background: "transparent",
    view: { stroke: DARK.grid },
    axis: { domainColor: DARK.muted, tickColor: DARK.muted, gridColor: DARK.grid,
            labelColor: DARK.text, titleColor: DARK.text },
    legend: { labelColor: DARK.text, titleColor: DARK.text },
    header: { labelColor: DARK.text, titleColor: DARK.text },
    title: { color: DARK.text, subtitleColor: DARK.muted },
    text: { color: DARK.text }
  };

  function rgbOf(hex) {
    var h = hex.slice(1);
    if (h.length === 3) { h = h.replace(/./g, "$&$&"); }
    return [0, 2, 4].map(function (i) { return parseInt(h.slice(i, i + 2), 16); });
  }

  function hexOf(rgb) {
    return "#" + rgb.map(function (c) { return ("0" + Math.round(c).toString(16)).slice(-2); }).join("");
  }

  // WCAG 2.x relative luminance and contrast ratio.
  function luminance(rgb) {
    var linear = rgb.map(function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // A spec colour that would fade into the page (the mid greys of annotations and "other groups" on
  // white, the dark grey zero line on black), moved in small steps towards black on the light page or
  // white on the dark one until it has the contrast it needs. Colours that already have it are kept,
  // so the colour coding (the Okabe-Ito palette in widgets/charts.py) reads the same in both modes.
  function readableOn(mode, needed, hex) {
    var rgb = rgbOf(hex), background = rgbOf(PAGE_BACKGROUND[mode]), target = mode === "dark" ? 255 : 0;
    for (var step = 0; step <= 20 && contrast(rgb, background) < needed; step++) {
      rgb = rgb.map(function (c) { return c + (target - c) * 0.05; });
    }
    return hexOf(rgb);
  }

  var HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

  function markOf(node) {
    var mark = node.mark;
    return typeof mark === "string" ? { type: mark } : (mark && typeof mark === "object" ? mark : null);
  }

  // A see-through fill (a shaded period, the band around a line) is a backdrop, not something to be
  // read against the page: its colour is left alone.
  function isBackdrop(mark) {
    return (mark.opacity !== undefined && mark.opacity < 0.5) ||
           (mark.fillOpacity !== undefined && mark.fillOpacity < 0.5);
  }

  // Every colour written in the spec (mark colours, scale ranges, conditions), not the data; text
  // marks need the text contrast, everything else the graphics contrast.
  function adaptColours(node, mode, needed) {
    if (Array.isArray(node)) {
      return node.map(function (item) { return adaptColours(item, mode, needed); });
    }
    if (node && typeof node === "object") {
      var mark = markOf(node);
      if (mark && isBackdrop(mark)) { return node; }
      var here = mark && mark.type === "text" ? TEXT_CONTRAST : needed;
      var out = {};
      Object.keys(node).forEach(function (key) {
        out[key] = (key === "data" || key === "datasets") ? node[key] : adaptColours(node[key], mode, here);
      });
      return out;
    }
    return typeof node === "string" && HEX_COLOUR.test(node) ? readableOn(mode, needed, node) : node;
  }

  function merged(base, extra) {
    var out = Object.assign({}, base);
    Object.keys(extra).forEach(function (key) {
      var both = base && base[key] && typeof base[key] === "object" && typeof extra[key] === "object";
      out[key] = both ? merged(base[key], extra[key]) : extra[key];
    });
    return out;
  }

  function specForMode(spec, mode) {
    var adapted = adaptColours(spec, mode, GRAPHIC_CONTRAST);
    if (mode === "dark") { adapted.config = merged(adapted.config || {}, DARK_CONFIG); }
    return adapted;
  }

  // The reader's current settings (the chart's Vega-Lite parameters), to keep across a redraw.
  function keepSettings(spec, view) {
    (spec.params || []).forEach(function (param) {
      try { param.value = view.signal(param.name); } catch (error) { /* not a signal: keep as is */ }
    });
  }

  // Vega never wraps a chart's title: on a phone a long subtitle ran past the chart's right edge and
  // was cut off. Where the title or subtitle is wider than the container, break it at spaces into
  // lines (Vega draws an array of strings as lines), measured with Vega's own text metrics in the
  // fonts Vega uses by default (13 px bold title, 12 px subtitle) unless the spec sets others.
  function wrapTitle(spec, container) {
    var title = spec.title;
    if (!title || typeof title !== "object") { return; }
    var config = (spec.config && spec.config.title) || {};
    var padding = typeof spec.padding === "number" ? spec.padding : 5;
    var room = container.clientWidth - 2 * padding;
    function fit(text, font) {
      if (typeof text !== "string" || room <= 0 || window.vega.textMetrics.width(font, text) <= room) {
        return text;
      }
      var lines = [""];
      text.split(" ").forEach(function (word) {
        var last = lines[lines.length - 1];
        var longer = last ? last + " " + word : word;
        if (last && window.vega.textMetrics.width(font, longer) > room) { lines.push(word); }
        else { lines[lines.length - 1] = longer; }
      });
      return lines;
    }
    title.text = fit(title.text, {
      font: title.font || config.font || "sans-serif", fontSize: title.fontSize || config.fontSize || 13,
      fontWeight: title.fontWeight || config.fontWeight || "bold"});
    title.subtitle = fit(title.subtitle, {
      font: title.subtitleFont || config.subtitleFont || "sans-serif",
      fontSize: title.subtitleFontSize || config.subtitleFontSize || 12,
      fontWeight: title.subtitleFontWeight || config.subtitleFontWeight || "normal"});
  }

  // Vega fits a chart to its container once, when it is first drawn. A control that lengthens the
  // axis labels ("-2" to "-0.8") then pushed the axis title and the title past the chart's left
  // edge, cutting them off on a phone. resize: true fits the chart again after every change.
  function refitOnEveryChange(spec) {
    if (spec.autosize && typeof spec.autosize === "object") { spec.autosize.resize = true; }
  }

  function render(container) {
    container.setAttribute("data-eih-state", "loading");
    var spec, mode = colourMode();
    try {
      spec = specFor(container);
      wrapTitle(spec, container);
      refitOnEveryChange(spec);
    } catch (error) {
      showError(container, error);
      return Promise.resolve();
    }
    if (container.eihView) {  // a redraw: the same settings, and the old view's timers stopped
      keepSettings(spec, container.eihView);
      container.eihView.finalize();
      container.eihView = null;
      container.textContent = "";
    }
    return window.vegaEmbed(container, specForMode(spec, mode), { actions: false, renderer: "svg" })
      .then(function (result) {
        container.eihView = result.view;  // lets tests read the chart's data back
        connectSentence(container, result.view);
        container.setAttribute("data-eih-mode", mode);
        container.setAttribute("data-eih-state", "rendered");
      })
      .catch(function (error) { showError(container, error); });
  }

  // When the reader switches the colour mode (the theme's button, or the system setting in "auto"),
  // redraw the charts drawn in the other mode, one after another like the first time.
  function followColourMode(containers, drawn) {
    var queue = drawn;
    new MutationObserver(function () {
      queue = queue.then(function () {
        var stale = Array.prototype.filter.call(containers, function (c) {
          return c.getAttribute("data-eih-state") === "rendered" && c.getAttribute("data-eih-mode") !== colourMode();
        });
        return renderInOrder(stale);
      });
    }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "data-mode"] });
  }

  // Between two charts, let the browser paint the one just drawn: wait for the next frame, then for
  // the task after it. A new task alone was not enough: Chromium drew no frame between charts, so
  // the first appeared only with the last. Hidden tabs get no frames, hence the timeout.
  function yieldToBrowser() {
    return new Promise(function (resolve) {
      var done = false;
      function next() {
        if (done) { return; }
        done = true;
        setTimeout(resolve, 0);
      }
      requestAnimationFrame(next);
      setTimeout(next, 100);
    });
  }

  // One chart after another, in page order: drawn together, the first would appear only when the
  // last is done (their work interleaves).
  function renderInOrder(containers) {
    return Array.prototype.reduce.call(containers, function (previous, container) {
      return previous.then(function () { return render(container); }).then(yieldToBrowser);
    }, Promise.resolve());
  }

  // Scripts the page needs but not before its charts (MathJax on pages with equations): the build
  // (tools/sphinx_ext/lean_pages.py) writes their tags with a type the browser does not run, and
  // they are loaded here, in page order, once the charts are drawn.
  function loadAfterChartsScripts() {
    var waiting = document.querySelectorAll('script[type="text/x-eih-after-charts"]');
    Array.prototype.forEach.call(waiting, function (placeholder) {
      var script = document.createElement("script");
      script.src = placeholder.src;
      script.async = false;
      document.head.appendChild(script);
    });
  }

  function start() {
    var containers = document.querySelectorAll("div.eih-chart");
    if (containers.length === 0) {
      loadAfterChartsScripts();
      return;
    }
    var drawn = (vegaLoading || loadVega())
      .then(function () { return renderInOrder(containers); })
      .catch(function (error) {
        Array.prototype.forEach.call(containers, function (c) { showError(c, error); });
      });
    drawn.then(loadAfterChartsScripts);
    followColourMode(containers, drawn);
  }

  // A page with charts preloads the Vega bundles (tools/sphinx_ext/lean_pages.py): there, run them
  // as soon as they arrive, while the rest of the page is still being parsed, rather than after it.
  // (A failure is reported on the charts by start(); the empty catch only keeps it off the console
  // as an unhandled rejection in the meantime.)
  var vegaPreloaded = document.querySelector('link[rel="preload"][href*="eih-vendor/vega/"]');
  var vegaLoading = vegaPreloaded ? loadVega() : null;
  if (vegaLoading) { vegaLoading.catch(function () {}); }

  // Draw the charts as soon as the page is parsed ("interactive"), not at DOMContentLoaded: that
  // event waits for the theme's deferred scripts to run first. The placeholders exist by then.
  var started = false;
  function startOnce() {
    if (started) { return; }
    started = true;
    start();
  }
  if (document.readyState === "loading") {
    document.addEventListener("readystatechange", function () {
      if (document.readyState !== "loading") { startOnce(); }
    });
    document.addEventListener("DOMContentLoaded", startOnce);
  } else {
    startOnce();
  }
})();

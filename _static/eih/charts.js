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
    function update() {
      var values = {};
      var key = sentence.params.map(function (name) {
        values[name] = sentenceKey(view.signal(name));
        return values[name];
      }).join("|");
      var pieces = sentence.parts[key];
      if (!pieces) { return; }  // a setting the page has no numbers for: keep the last sentence
      var text = sentence.template.replace(/\{(\w+)\}/g, function (match, name) {
        if (/^\d+$/.test(name)) { return pieces[Number(name)]; }
        var labels = sentence.labels[name] || {};
        return Object.prototype.hasOwnProperty.call(labels, values[name]) ? labels[values[name]] : values[name];
      });
      if (out.textContent !== text) { out.textContent = text; }
    }
    sentence.params.forEach(function (name) { view.addSignalListener(name, update); });
    update();
  }

  function render(container) {
    container.setAttribute("data-eih-state", "loading");
    var spec;
    try {
      spec = specFor(container);
    } catch (error) {
      showError(container, error);
      return Promise.resolve();
    }
    return window.vegaEmbed(container, spec, { actions: false, renderer: "svg" })
      .then(function (result) {
        container.eihView = result.view;  // lets tests read the chart's data back
        connectSentence(container, result.view);
        container.setAttribute("data-eih-state", "rendered");
      })
      .catch(function (error) { showError(container, error); });
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
    (vegaLoading || loadVega())
      .then(function () { return renderInOrder(containers); })
      .catch(function (error) {
        Array.prototype.forEach.call(containers, function (c) { showError(c, error); });
      })
      .then(loadAfterChartsScripts);
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

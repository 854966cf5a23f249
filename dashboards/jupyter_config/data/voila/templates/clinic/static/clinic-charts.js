// The clinic dashboards' chart module: Altair's JupyterChart (./jupyter-chart.js, built from the pinned
// Altair with Vega inlined by tools/clinic.py when the server starts; not committed) with the chart's
// colours following the system's colour mode.
//
// Each chart widget's state carries only a few lines that import this file (tools/clinic.py,
// chart_loader), so the browser downloads and compiles the 900 kB module once per page instead of
// receiving it inside every chart's state, and the clinic template preloads it with the page.
import jupyterChart from "./jupyter-chart.js";

const darkMode = window.matchMedia("(prefers-color-scheme: dark)");

// Vega-Lite config for a dark page: text, axes and gridlines light on JupyterLab's dark background.
// vega-embed merges it under the chart's own config, so colours a chart sets itself stay (the book's
// line and band colours are chosen to read on both backgrounds).
// The background is the page's own (transparent), whichever dark shade the cell around the chart has.
function darkConfig() {
  const text = "#e6e6e6";
  return {
    background: "transparent",
    axis: {labelColor: text, titleColor: text, gridColor: "#4d4d4d", domainColor: "#9e9e9e",
           tickColor: "#9e9e9e"},
    legend: {labelColor: text, titleColor: text},
    title: {color: text, subtitleColor: text},
    text: {color: text},
    view: {stroke: "#4d4d4d"},
  };
}

// The widget's model as JupyterChart reads it, with the dark config added to its embed options while the
// system asks for dark. Everything else passes through to the real model.
function inColourMode(model) {
  return new Proxy(model, {
    get(target, property) {
      if (property === "get") {
        return (name) => {
          const value = target.get(name);
          if (name !== "embed_options" || !darkMode.matches) return value;
          return {...(value ?? {}), config: darkConfig()};
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export default {
  render({model, el}) {
    return jupyterChart.render({model: inColourMode(model), el});
  },
};

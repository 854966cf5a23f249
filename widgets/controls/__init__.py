"""Live panels: ipywidgets controls that call the model in the kernel and redraw the same chart.

Each chapter's main explorer has a panel here (Binder, JupyterLab, Voila); the clinic dashboards are
built from the same panels. A panel's controls take their ranges, steps and labels from the model's
input ranges (:mod:`widgets.parameters`), never from literals, and every change redraws the chart that
the static site shows, built by the same builder in :mod:`widgets.charts`.
"""

# The clinic's Voila settings (Voila 0.5.13, jupyter_server 2.21). Read only by the launcher
# (tools/clinic.py passes --Voila.config_file_paths=[this folder], so no other voila.py or
# voila.json on the machine changes them). Each setting says why it is here; design rules: README,
# "Clinic dashboards".
# ruff: noqa: F821 - `c` is the config object traitlets provides to config files.

import os

# --- Where it listens -------------------------------------------------------------------------
# Loopback only: a dashboard is reachable from this machine alone unless the launcher is asked for
# --network, which also demands a token (anyone who learns a kernel id could otherwise drive
# another clinician's widgets).
c.Voila.ip = "127.0.0.1"
# The access token for network mode. The launcher hands it over in this environment variable, not
# on the command line (where any local user could read it with `ps`), and it is removed from the
# environment here, before any kernel starts, so no dashboard kernel inherits it. Without it (the
# loopback default) there is no login.
c.Voila.token = os.environ.pop("EIH_CLINIC_TOKEN", "") or None
# The launcher prints the addresses itself; a browser opened by a service would be in the way.
c.Voila.open_browser = False
# Fail instead of silently moving to another port, so the address printed is the one served.
c.Voila.port_retries = 0

# --- The page ---------------------------------------------------------------------------------
# Voila's lab template minus its Font Awesome links to a CDN (jupyter_config/data/voila/templates/
# clinic, found through JUPYTER_PATH, which the launcher sets).
c.VoilaConfiguration.template = "clinic"
# Nobody may swap the template or theme from the URL or notebook metadata (the template is what
# keeps the page offline).
c.VoilaConfiguration.allow_template_override = "NO"
c.VoilaConfiguration.allow_theme_override = "NO"
# No code on the page: the dashboards are controls, charts and sentences.
c.VoilaConfiguration.strip_sources = True
# A failing cell on first render shows a plain "there was an error" and never a traceback (which
# would show code and values). Widget callbacks catch their own errors (design rule).
c.VoilaConfiguration.show_tracebacks = False
# Voila loads every JupyterLab extension installed in the environment, and this environment also
# serves JupyterLab for Binder. jupytext's extension then fails in Voila with a console error on
# every page ("The getter for the shared module is not a function", shareKey
# @jupyterlab/docmanager): it imports JupyterLab's document manager, which Voila's page lacks.
# Only the extensions the dashboards draw with are loaded: the ipywidgets base modules, Voila's
# widget manager for ipywidgets 8, and anywidget (Altair's JupyterChart). An extension installed
# later stays out until it is added here.
c.VoilaConfiguration.extension_allowlist = [
    "@jupyter-widgets/jupyterlab-manager",
    "@voila-dashboards/widgets-manager8",
    "anywidget",
]

# --- Files --------------------------------------------------------------------------------------
# /voila/files/ serves files from the dashboards folder. The dashboards use none, so nothing is
# allowed (a notebook or .py would show the code; anything else is no business of the page).
c.VoilaConfiguration.file_allowlist = []
c.VoilaConfiguration.file_denylist = [r".*"]
# The notebook list at / as plain server-rendered links. Voila 0.5.13's JupyterLab-style list
# loads every allowed extension on a page with no kernel: the widget plugins fail to activate
# (console errors) and the list stays blank.
c.VoilaConfiguration.classic_tree = True
# Keep this configuration folder out of the notebook list at / (it holds no notebooks).
c.ContentsManager.hide_globs = ["jupyter_config", "__pycache__", "*.pyc", ".*"]

# --- Kernels ------------------------------------------------------------------------------------
# A pool of kernels that have already run each dashboard, so the first chart appears in well
# under a second instead of the 2-10 s a cold kernel takes (importing Altair, building the offline
# Vega bundle). One kernel per pool member stays in memory (about 150-250 MB each; `make bench`
# measures it).
c.VoilaConfiguration.preheat_kernel = True
c.VoilaKernelManager.kernel_pools_config = {
    "clinic.ipynb": {"pool_size": 2},  # the planner: opened by each clinician in turn
    "explainer.ipynb": {"pool_size": 1},  # the waiting-room screen: usually one, left open
}
# Refill a used pool slot this many seconds after its kernel was handed to a page. A refilling
# kernel runs the whole notebook (about 5 s of one core: Python, Altair, the model), and with
# Voila's default of 1 s it started while the page that took the kernel was still loading Voila's
# scripts and drawing its widgets: on 2 cores the planner's first chart then took 2.0-2.5 s, and
# 1.6-1.7 s with the refill 3 s later (`make bench`, same machine). The cost: a third page opened
# within a few seconds of two others waits up to 2 s longer for its kernel.
c.VoilaKernelManager.fill_delay = 3.0
# Culling: a kernel idle for 30 minutes is shut down even if its tab is still open, so a profile
# left on a screen does not stay in memory all day. A clinician who comes back reloads the page.
# Pooled (unused) kernels are never culled (Voila exempts them).
c.MappingKernelManager.cull_idle_timeout = 30 * 60
c.MappingKernelManager.cull_interval = 60
c.MappingKernelManager.cull_connected = True
# Executor timeout per cell on first render: under eight simultaneous page loads a dashboard cell
# that displays into an Output widget hung about one session in eight forever without it. 120 s is
# far above a cold kernel's render (the planner takes about 15 s alone, several times that when
# eight kernels start at once on 2 cores) yet ends a hang.
c.VoilaExecutor.timeout = 120

# IPython profile for the clinic's dashboard kernels (the launcher copies this folder into a private
# temporary IPYTHONDIR and points the kernels at it).
# ruff: noqa: F821 - `c` is the config object traitlets provides to config files.

# IPython's history database (history.sqlite) records every cell a kernel executes, and Voila
# executes cells carrying whatever a session typed. A dashboard session writes nothing to disk.
c.HistoryManager.enabled = False

# IPython profile for the clinic's dashboard kernels (the launcher copies this folder into a private
# temporary IPYTHONDIR and points the kernels at it).
# ruff: noqa: F821 - `c` is the config object traitlets provides to config files.

# IPython's history database (history.sqlite) records every cell a kernel executes, and Voila
# executes cells carrying whatever a session typed. A dashboard session writes nothing to disk.
c.HistoryManager.enabled = False

# Kernel start-up time. jsonschema (which Altair imports) loads the optional rfc3987_syntax package when it
# is installed (jupyter-events' jsonschema[format-nongpl] brings it), and that package compiles a Lark
# grammar on import: about 3.4 s of CPU in every kernel, over half of a dashboard kernel's start, for an
# "iri" format check nothing here uses. Marking it absent (this file runs in each kernel before any cell)
# makes jsonschema skip that one check. Pool refills and concurrent sessions start that much sooner.
import sys  # noqa: E402

sys.modules.setdefault("rfc3987_syntax", None)

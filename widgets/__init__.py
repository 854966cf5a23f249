"""Exercise-induced hypoalgesia explainer: model, charts and widgets."""

import sys

# Start-up time of every process that charts (each executed chapter in the book build, the test run,
# a Binder kernel). jsonschema, which Altair imports, loads the optional rfc3987_syntax package when it
# is installed (jupyter-events' jsonschema[format-nongpl] brings it in), and that package compiles a
# grammar on import: 1.4 s of CPU on a quiet 2-core machine, more than Altair's own import, for the
# "iri" format check, which Altair's schema validation never runs (it uses no format checker).
# Marking the package absent before anything imports it makes jsonschema skip that check alone; a
# process that already imported it keeps it. The clinic's kernel profile does the same
# (dashboards/jupyter_config/ipython/profile_default/ipython_config.py).
sys.modules.setdefault("rfc3987_syntax", None)

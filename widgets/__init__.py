"""Exercise-induced hypoalgesia explainer: model, charts and widgets."""

"""Figure modules, one per chapter: model output over the controls' grid, captions, tables, sentences."""

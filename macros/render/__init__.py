"""Pure renderers: data models in, HTML and Markdown out. No I/O, no state.

This package holds the helpers several pages share; `pages/` holds the modules that offer page blocks.
"""

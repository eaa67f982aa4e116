"""Role Guides' Python code. The generator's entry point is macros/adapter.py (mkdocs.yml names it), not this
package: importing a part of the package, as the command-line tools and the build steps do, runs nothing else."""

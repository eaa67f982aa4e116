"""How the modules of macros/ import each other, read from their source: no import cycle, and only the adapter
(macros/adapter.py) imports MkDocs, its theme or its plugins."""
import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

GENERATOR_PACKAGES = ("mkdocs", "material", "mkdocs_redirects", "mkdocs_macros")


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path, root: Path) -> set[str]:
    """Every module name the file imports, at its top or inside a function, relative imports resolved."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of `package` it imports (a name imported from a package counts as the submodule
    when there is one, else as the package)."""
    files = {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}
    graph = {}
    for name, path in files.items():
        targets = set()
        for imported in imported_names(path, root):
            if imported in files:
                targets.add(imported)
        # `from . import x` names both the package and x: keep the package only when no submodule was meant.
        graph[name] = {t for t in targets if not any(o.startswith(t + ".") for o in targets)} - {name}
    return graph


def first_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as the modules around it (first repeated at the end), or None."""
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return trail[trail.index(target):] + [target]
            if target not in state:
                cycle = visit(target, trail + [target])
                if cycle:
                    return cycle
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start, [start])
            if cycle:
                return cycle
    return None


def test_macros_has_no_import_cycle():
    cycle = first_cycle(import_graph(ROOT, "macros"))
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_names_a_cycle_made_by_an_import_inside_a_function(tmp_path):
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "sub" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "a.py").write_text("from .sub import b\n")
    (tmp_path / "pkg" / "sub" / "b.py").write_text("import json\nfrom . import c\n")
    (tmp_path / "pkg" / "sub" / "c.py").write_text("def later():\n    from ..a import thing\n")
    (tmp_path / "pkg" / "d.py").write_text("from pkg.a import thing\n")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.a"] == {"pkg.sub.b"} and graph["pkg.sub.b"] == {"pkg.sub.c"} and graph["pkg.d"] == {"pkg.a"}
    assert first_cycle(graph) == ["pkg.a", "pkg.sub.b", "pkg.sub.c", "pkg.a"]
    (tmp_path / "pkg" / "sub" / "c.py").write_text("def later():\n    from .. import sub\n")
    assert first_cycle(import_graph(tmp_path, "pkg")) is None


def test_only_the_adapter_imports_the_site_generator():
    adapter = ROOT / "macros" / "adapter.py"
    importing = sorted(
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "macros").rglob("*.py") if path != adapter
        for name in imported_names(path, ROOT) if name.split(".")[0] in GENERATOR_PACKAGES)
    assert importing == []
    assert {"mkdocs.exceptions", "mkdocs.config.defaults"} <= imported_names(adapter, ROOT)


def test_the_command_line_tools_and_build_steps_load_neither_the_generator_nor_the_pages():
    """`make check`, the importers and the build steps run without MkDocs or the page renderers: importing a part
    of macros/ does not run the adapter."""
    modules = ["macros.cli.check", "macros.cli.new_role", "macros.cli.import_wages", "macros.cli.import_occupations",
               "macros.build.postbuild"]
    script = (f"import sys\nfor name in {modules!r}:\n    __import__(name)\n"
              "print(sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[1:])), "
              "'macros.adapter' in sys.modules or 'macros/adapter' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", script, *GENERATOR_PACKAGES], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.split()
    assert loaded == ["[]", "False"]

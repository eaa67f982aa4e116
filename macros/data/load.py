"""Reading YAML: the only code that touches the data folder.

The reader keeps the line of every node and refuses what YAML would
otherwise accept silently: duplicate keys, anchors and aliases, tab
indentation, YAML 1.1 booleans such as `yes` or `off`, dates that
turn into date objects, and tags such as `!foo` or `!!binary`; characters
no one can see (control characters, line and paragraph separators);
and numbers that are not finite or beyond any figure a guide gives.
"""
import functools
import gc
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from macros.data.errors import Problem

DATA_DIR = Path(__file__).resolve().parents[2] / "data"

STR = "tag:yaml.org,2002:str"
BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
VALUE = "tag:yaml.org,2002:value"  # what YAML 1.1 makes of a lone `=`, which no constructor reads
# The tags a value may have: those YAML gives plain text, numbers, true/false, null, mappings and lists.
PLAIN_TAGS = {STR, BOOL, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:null",
              "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
YAML11_BOOLEANS = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
MAX_FILE_BYTES = 2_000_000
MAX_C_NESTING = 5_000
# No figure in a guide (pay, years, counts of workers) comes near a quadrillion: anything larger is a typo.
MAX_NUMBER = 10**15
# Control characters other than tab and line ends, YAML's other line breaks (NEL, line and paragraph
# separators: an editor shows one line where YAML reads two, so a key can hide on it), and noncharacters.
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufdd0-\ufdef\ufffe\uffff]|\r(?!\n)")


class _Refused(Exception):
    def __init__(self, line, path, message):
        self.line, self.path, self.message = line, path, message


_PARSING = ((yaml.cyaml.CParser,) if yaml.__with_libyaml__
            else (yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser))


class StrictLoader(yaml.composer.Composer, *_PARSING, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
    """SafeLoader that resolves only true/false as booleans and keeps dates as text.

    libyaml (when PyYAML has it) scans and parses, and composes where `_c_composable` allows. Elsewhere
    composing is in Python, which refuses the first anchor or alias with its path before reading on.
    """

    def __init__(self, stream):
        if yaml.__with_libyaml__:
            yaml.cyaml.CParser.__init__(self, stream)
        else:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self._paths = []

    def compose_node(self, parent, index):
        if parent is None:
            path = ()
        elif isinstance(index, int):
            path = self._paths[-1] + (index,)
        elif isinstance(index, yaml.Node):
            path = self._paths[-1] + (index.value,)
        else:
            path = self._paths[-1]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(event.start_mark.line + 1, path,
                           "anchors and aliases (& and *) are not allowed; write the value out in full")
        self._paths.append(path)
        try:
            return super().compose_node(parent, index)
        finally:
            self._paths.pop()


StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (BOOL, TIMESTAMP, VALUE)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


@dataclass
class Document:
    """One parsed file: its plain data and the line of every key path in it."""
    file: str
    data: object
    lines: dict = field(default_factory=dict)

    def line_of(self, path) -> int | None:
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path)


def _node_kind(node) -> str:
    return "list" if isinstance(node, yaml.SequenceNode) else "mapping"


def _invisible_message(char: str) -> str:
    kind = {"\u2028": "a line separator", "\u2029": "a paragraph separator", "\x85": "a next-line character",
            "\r": "a carriage return without a line feed"}.get(char)
    kind = kind or ("a noncharacter" if ord(char) >= 0xFDD0 else "a control character")
    return (f"contains U+{ord(char):04X}, {kind}, which no one can see in an editor; "
            "delete it (retype the text around it if you cannot find it)")


def _number_problem(node) -> str | None:
    """Why a number may not be read, or None. Checked before it is read: a long enough integer cannot be."""
    if node.tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        return None
    if len(node.value) > 40:
        return f"a number of {len(node.value)} characters is out of range; numbers in the data are below {MAX_NUMBER:,}"
    value = yaml.constructor.SafeConstructor().construct_object(node)
    if not math.isfinite(value):
        return f"expected a finite number, got {node.value}"
    if abs(value) >= MAX_NUMBER:
        return f"the number {node.value} is out of range; numbers in the data are below {MAX_NUMBER:,}"
    return None


def _plain(node, path, lines, file, problems):
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode) and INVISIBLE.search(node.value):
        problems.append(Problem(file, node.start_mark.line + 1, path, _invisible_message(INVISIBLE.search(node.value)[0])))
        return None
    if node.tag not in PLAIN_TAGS:
        problems.append(Problem(file, node.start_mark.line + 1, path,
                                f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed; "
                                "write the value without a tag (in quotes if it is text)"))
        return None
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if isinstance(key_node, yaml.ScalarNode) and INVISIBLE.search(key):
                problems.append(Problem(file, key_node.start_mark.line + 1, path,
                                        "a key " + _invisible_message(INVISIBLE.search(key)[0]).removeprefix("contains ")))
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != STR:
                got = repr(key[:60]) if isinstance(key_node, yaml.ScalarNode) else f"a {_node_kind(key_node)}"
                problems.append(Problem(file, key_node.start_mark.line + 1, path, f"keys must be text, got {got}"))
                continue
            if key in result:
                problems.append(Problem(file, key_node.start_mark.line + 1, path + (key,),
                                        f"duplicate key '{key}' (first at line {lines[path + (key,)]})"))
                continue
            lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = _plain(value_node, path + (key,), lines, file, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, path + (i,), lines, file, problems) for i, item in enumerate(node.value)]
    if not node.style and YAML11_BOOLEANS.match(node.value):
        problems.append(Problem(file, node.start_mark.line + 1, path,
                                f"'{node.value}' is ambiguous in YAML; write true/false, or quote it if you mean text"))
    if node.tag == STR:
        return node.value
    number = _number_problem(node)
    if number:
        problems.append(Problem(file, node.start_mark.line + 1, path, number))
        return None
    return yaml.constructor.SafeConstructor().construct_object(node)


def _tab_problems(text, file):
    if "\t" not in text:
        return []
    return [Problem(file, no, (), "tab used for indentation; indent with spaces")
            for no, line in enumerate(text.split("\n"), 1)
            if line[: len(line) - len(line.lstrip())].count("\t")]


def parse(text: str, file: str) -> tuple[Document, list[Problem]]:
    """Parse YAML text; returns the document and any problems (never raises for bad data).

    Text parsed before is not parsed again: the same data and lines are returned, shared, so callers must not
    change them (nothing does: the models are built from them)."""
    data, lines, problems = _parse(text)
    return Document(file, data, lines), [replace(p, file=file) for p in problems]


def _key_path_at(lines: dict, line: int) -> tuple:
    """The key path of the last key that starts on or before `line`."""
    found = [(at, len(path), path) for path, at in lines.items() if at <= line]
    return max(found)[2] if found else ()


def _invisible_problems(text):
    """One problem for each line that holds an invisible character, with the key it is in. Lines are counted as
    an editor counts them (by line feeds), and the text is read with each such character as U+FFFD."""
    found = {}
    for match in INVISIBLE.finditer(text):
        found.setdefault(text.count("\n", 0, match.start()) + 1, match[0])
    if not found:
        return []
    _, lines, _ = _parse(INVISIBLE.sub("\ufffd", text))
    return [Problem("", line, _key_path_at(lines, line), _invisible_message(char)) for line, char in found.items()]


@functools.lru_cache(maxsize=4096)
def _parse(text: str) -> tuple[object, dict, tuple]:
    problems = _tab_problems(text, "") or _invisible_problems(text)
    if problems:
        return None, {}, tuple(problems)
    # A parse makes many objects that reference counting frees as it ends: collecting garbage while they live
    # costs more than the parse itself.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _compose(text)
    except RecursionError:
        return None, {}, (Problem("", None, (), "nested too deeply to read; the data files need only a few levels"),)
    finally:
        if collecting:
            gc.enable()


def _c_composable(text):
    """Whether libyaml's composer may build the nodes. It builds the same ones as StrictLoader when the text holds
    no anchor or alias (they start with & or *). It recurses in C, so nesting deep enough would crash the process;
    each level of nesting needs one of [ { - ? :, so counting those bounds the depth."""
    return (yaml.__with_libyaml__ and "&" not in text and "*" not in text
            and sum(map(text.count, "[{-?:")) < MAX_C_NESTING)


def _compose(text):
    last_line = text.count("\n") + 1
    loader = StrictLoader(text)
    try:
        node = yaml.cyaml.CParser.get_single_node(loader) if _c_composable(text) else loader.get_single_node()
    except _Refused as refused:
        return None, {}, (Problem("", refused.line, refused.path, refused.message),)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = min(mark.line + 1, last_line) if mark else None  # the parser may point past the end of the text
        return None, {}, (Problem("", line, (), f"not valid YAML: {error.problem or error.context}"),)
    except yaml.YAMLError as error:  # what the reader refuses is found above; this is a last line of defence
        return None, {}, (Problem("", None, (), f"not valid YAML: {error}"),)
    finally:
        loader.dispose()
    if node is None:
        return None, {}, (Problem("", 1, (), "the file is empty; expected a YAML mapping"),)
    lines, problems = {}, []
    data = _plain(node, (), lines, "", problems)
    return data, lines, tuple(problems)


def read(path: Path, root: Path) -> tuple[Document, list[Problem]]:
    """Read and parse one data file; `root` makes the reported name relative."""
    name = path.relative_to(root.parent).as_posix() if path.is_relative_to(root.parent) else str(path)
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        return Document(name, None), [Problem(name, None, (), f"file is larger than {MAX_FILE_BYTES} bytes")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Document(name, None), [Problem(name, line, (), "not UTF-8 text; save the file as UTF-8")]
    return parse(text, name)


def data_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file())


def fingerprint(root: Path) -> tuple:
    """Name, size and change time of every data file (YAML, and the occupations' JSON): equal fingerprints mean
    unchanged data."""
    files = data_files(root) + sorted((root / "occupations").rglob("*.json"))
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)

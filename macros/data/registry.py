"""Every data file, declared once: where it lives, its model, the ids it offers to references and whether each of
them must be used, its JSON Schema's name and how `make role` starts it.

The shapes of the site and of a guide (`Site`, `Guide`), the loader (macros/data/site.py), the cross-file checks,
`make schemas`, `make role` and the data downloads read this list; tests/data/test_registry.py holds data/README.md's
table of files to it. Adding a data file is its model and one entry here.
"""
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Callable

from pydantic import create_model

from macros.data import occupations
from macros.data.models.arrangements import ArrangementsFile
from macros.data.models.base import Model
from macros.data.models.career import CareerFile
from macros.data.models.comparisons import ComparisonsFile
from macros.data.models.compensation import CompensationFile
from macros.data.models.environments import EnvironmentsFile
from macros.data.models.faq import FaqFile
from macros.data.models.hiring import HiringFile
from macros.data.models.inclusive_language import InclusiveLanguageFile
from macros.data.models.industries import IndustriesFile
from macros.data.models.industry_guides import IndustryGuidesFile
from macros.data.models.interview import InterviewFile
from macros.data.models.levels import LevelsFile
from macros.data.models.metros import MetrosFile
from macros.data.models.occupations import Occupation, OccupationRelease, OccupationWages
from macros.data.models.pay_transparency import LawSourcesFile, PayTransparencyFile, RequirementsFile
from macros.data.models.place_aliases import PlaceAliasesFile
from macros.data.models.placeholders import PlaceholdersFile
from macros.data.models.posting_text import PostingTextFile
from macros.data.models.postings import PostingsFile
from macros.data.models.profiles import ProfilesFile
from macros.data.models.responsibilities import ResponsibilitiesFile
from macros.data.models.role import RoleFile
from macros.data.models.skills import SkillsFile
from macros.data.models.sources import SourcesFile
from macros.data.models.success import SuccessFile
from macros.data.models.templates import TemplatesFile
from macros.data.models.wages import WagesFile


@dataclass(frozen=True)
class Offer:
    """A list in a file whose entries references of `kind` name (fields marked `Ref(kind)` in the models), by their
    `id` attribute; with `must_be_used` (a shared file's lists only: references are counted across every guide),
    `make check` refuses an entry that nothing names."""
    kind: str
    list: str
    id: str = "id"
    must_be_used: bool = False


@dataclass(frozen=True)
class DataFile:
    """A YAML file: `path` below data/, or below data/roles/<role-id>/ for a file of every guide."""
    path: str
    model: type[Model]
    offers: tuple[Offer, ...] = ()
    attribute: str = ""  # its field in `Site` or `Guide`; the file's name with underscores when empty
    # make role: the fields a new guide's file starts with, from the role's id and title (the others start empty)
    starts_with: Callable[[str, str], dict] | None = None
    page: str = ""  # a guide file: the page of docs/<role-id>/ that renders it; its own name when empty

    @property
    def name(self) -> str:
        return self.attribute or PurePosixPath(self.path).stem.replace("-", "_")

    @property
    def schema(self) -> str:
        """'vocab/metros.yml' -> 'vocab-metros.schema.json'; a guide's 'levels.yml' -> 'levels.schema.json'."""
        return "-".join(PurePosixPath(self.path).with_suffix("").parts) + ".schema.json"


@dataclass(frozen=True)
class DataFolder:
    """A folder of JSON files with a loader of its own: the `Site` fields it fills (name -> (type, value when the
    folder is absent)), the schema each kind of file names, and `load(root, valid files, their documents)` ->
    ({field: value}, problems)."""
    path: str
    fields: dict
    schemas: dict
    load: Callable = field(repr=False)


SHARED = (
    DataFile("sources.yml", SourcesFile, (Offer("source", "sources", must_be_used=True),)),
    DataFile("profiles.yml", ProfilesFile, (Offer("role", "profiles", must_be_used=True),)),
    DataFile("vocab/industries.yml", IndustriesFile, (Offer("industry", "industries", must_be_used=True),)),
    DataFile("vocab/metros.yml", MetrosFile, (Offer("metro", "metros", must_be_used=True),)),
    DataFile("vocab/place-aliases.yml", PlaceAliasesFile),
    DataFile("vocab/arrangements.yml", ArrangementsFile, (Offer("arrangement", "arrangements", must_be_used=True),)),
    DataFile("vocab/placeholders.yml", PlaceholdersFile),
    DataFile("vocab/inclusive-language.yml", InclusiveLanguageFile),
    DataFile("wages/oews.yml", WagesFile, (Offer("bls-area", "areas", id="code"),), attribute="wages"),
    DataFile("pay-transparency.yml", PayTransparencyFile),
    DataFile("vocab/pay-requirements.yml", RequirementsFile,
             (Offer("requirement", "requirements", must_be_used=True),)),
    DataFile("vocab/law-sources.yml", LawSourcesFile, (Offer("law-source", "sources", must_be_used=True),)),
    DataFile("vocab/posting-text.yml", PostingTextFile),
)

GUIDE = (
    DataFile("role.yml", RoleFile, starts_with=lambda role, title: {"draft": True, "id": role, "title": title},
             page="index"),
    DataFile("levels.yml", LevelsFile, (Offer("level", "levels"), Offer("competency", "competencies"))),
    DataFile("responsibilities.yml", ResponsibilitiesFile),
    DataFile("skills.yml", SkillsFile),
    DataFile("industries.yml", IndustryGuidesFile),
    DataFile("environments.yml", EnvironmentsFile),
    DataFile("compensation.yml", CompensationFile, (Offer("pay-level", "by_level"),)),
    DataFile("career.yml", CareerFile, (Offer("stage", "stages"),)),
    DataFile("comparisons.yml", ComparisonsFile),
    DataFile("hiring.yml", HiringFile),
    DataFile("interview.yml", InterviewFile, (Offer("category", "categories"),)),
    DataFile("postings.yml", PostingsFile),
    DataFile("success.yml", SuccessFile),
    DataFile("faq.yml", FaqFile),
    DataFile("templates.yml", TemplatesFile),
)

# every occupation with a guide by page id, its release and reference tables, and wages by SOC code
FOLDERS = (
    DataFolder(f"{occupations.FOLDER}/", {"occupations": (dict[str, Occupation], {}),
                                          "occupation_release": (OccupationRelease | None, None),
                                          "occupation_wages": (dict[str, OccupationWages], {})},
               occupations.SCHEMAS, occupations.load_folder),
)

Guide = create_model("Guide", __base__=Model, __doc__="One role's full guide: every file of its folder.",
                     **{f.name: (f.model, ...) for f in GUIDE})
Site = create_model(
    "Site", __base__=Model,
    **{f.name: (f.model, ...) for f in SHARED},
    guides=(dict[str, Guide], ...),
    drafts=(list[str], []),  # roles whose role.yml says `draft: true`: read, not validated, not published
    **{name: spec for folder in FOLDERS for name, spec in folder.fields.items()},
)

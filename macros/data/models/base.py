"""The types every data model is built from: the strict base model, ids, text, money, references and ranges."""
import re
from typing import Annotated

from pydantic import (
    AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, WithJsonSchema, model_validator,
)
from pydantic_core import PydanticCustomError


class Ref:
    """Marks a field whose value must be the id of an existing `kind` of thing."""

    def __init__(self, kind: str):
        self.kind = kind


class NameIn:
    """Marks text that must equal a name in imported data (a BLS principal city): a name, not free text."""

    def __init__(self, where: str):
        self.where = where


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)


ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _an_id(value: str) -> str:
    if not re.fullmatch(ID_PATTERN, value):
        raise PydanticCustomError("id", "expected an id: lowercase letters and digits, words joined by single hyphens")
    return value


# A failed id is reported as its own kind of error ("id"), so its message never depends on reading a pattern;
# ID_FORMAT in a field's metadata is what makes it an id.
ID_FORMAT = AfterValidator(_an_id)
Id = Annotated[str, ID_FORMAT, WithJsonSchema({"type": "string", "pattern": ID_PATTERN})]
Text = Annotated[str, StringConstraints(min_length=1)]
# A title, name or label: one line, as it is shown in headings, navigation, tables and the copies of a posting.
LINE_PATTERN = r"^[^\n\r\x85\u2028\u2029]+$"
Line = Annotated[str, StringConstraints(min_length=1, pattern=LINE_PATTERN)]
Year = Annotated[int, Field(ge=1900, le=2100)]
SourceIds = Annotated[list[Annotated[Id, Ref("source")]], Field(min_length=1)]
LevelId = Annotated[Id, Ref("level")]
IndustryId = Annotated[Id, Ref("industry")]
MetroId = Annotated[Id, Ref("metro")]
ArrangementId = Annotated[Id, Ref("arrangement")]
RoleId = Annotated[Id, Ref("role")]
StageId = Annotated[Id, Ref("stage")]
CategoryId = Annotated[Id, Ref("category")]
Money = Annotated[int, Field(gt=0)]
Items = Annotated[list[Text], Field(min_length=1)]
# Ids an item had before it was renamed: their anchors stay on the page, so old links still land on it.
FormerIds = Annotated[list[Id], Field(default=[])]
Soc = Annotated[str, StringConstraints(pattern=r"^\d{2}-\d{4}$")]


class Range(Model):
    min: Annotated[float, Field(ge=0)]
    max: Annotated[float, Field(ge=0)] | None = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        return self


class MoneyRange(Range):
    min: Money
    max: Money | None = None
    open_max: bool = False


class Derived(Model):
    """An item that is the project's own reading or arithmetic, not a source's figure: `method` says how."""
    derived: bool = False
    method: Text | None = None

    @model_validator(mode="after")
    def _method_given(self):
        if self.derived and self.method is None:
            raise ValueError("a derived item needs a method: one line on how it was worked out")
        return self


class Years(Range, Derived):
    note: Text | None = None

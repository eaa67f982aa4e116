"""What a level asks of a candidate, split as the sources split it. The levels page, the FAQ, the level
templates' copies and the posting composer all read these functions, so they can never disagree."""
MAX_REQUIRED = 7  # a posting lists at most this many must-haves; the data check holds each level to it


def posting_title(level) -> str:
    """The job title a posting uses: what a candidate searches for, never a site label."""
    return level.posting_title or level.title


def required(level) -> list[str]:
    """Must-haves: the education and certification the sources require, then the level's must-haves, each a
    complete requirement a candidate can check."""
    return [q for q in (level.education.required, level.certifications.required) if q] + [
        item.text for item in level.must_have]


def preferred(level) -> list[str]:
    """Nice-to-haves: the sources' preferred qualifications, then preferred education and certification."""
    return [*level.preferred_qualifications,
            *(q for q in (level.education.preferred, level.certifications.preferred) if q)]


def required_years(level) -> float:
    """The years of experience a posting for the level requires: its must-have that states years, else the
    level's own minimum."""
    return next((item.years for item in level.must_have if item.years is not None), level.experience.min)


def education_line(level) -> str:
    """'Required: …; preferred: …' of a level's education, or 'None required', in plain text."""
    parts = [f"{label}: {text}" for label, text in (("Required", level.education.required),
                                                   ("Preferred", level.education.preferred)) if text]
    return "; ".join(parts) or "None required"

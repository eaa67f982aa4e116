"""What a level asks of a candidate, split as the sources split it. The levels page, the level templates'
copies and the posting composer all read these functions, so they can never disagree."""
from .ladder import texts

MAX_REQUIRED = 7  # a posting lists at most this many must-haves; the data check holds each level to it


def posting_title(level) -> str:
    """The job title a posting uses: what a candidate searches for, never a site label."""
    return level.posting_title or level.title


def required(level) -> list[str]:
    """Must-haves: the education and certification the sources require, then hard and soft skills."""
    return [q for q in (level.education.required, level.certifications.required) if q] + [
        *texts(level.hard_skills), *texts(level.soft_skills)]


def preferred(level) -> list[str]:
    """Nice-to-haves: the sources' preferred qualifications, then preferred education and certification."""
    return [*level.preferred_qualifications,
            *(q for q in (level.education.preferred, level.certifications.preferred) if q)]

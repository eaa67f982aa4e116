"""'a' or 'an' before a title, by the sound the title starts with: "an Account Manager", "a Senior Account
Manager", "a Unit Lead", "an Honors Advisor"."""
import re

# Spelled with a vowel but said with a consonant sound first (a unit, a user, a European, a one-year role).
_SAID_WITH_CONSONANT = re.compile(r"(?:uni(?![mn])|us[eu]|ur[aeiou]|eu|one\b|once\b)", re.I)
# Spelled with a consonant but said with a vowel sound first (an hour, an honest, an heir).
_SAID_WITH_VOWEL = re.compile(r"(?:hour|honest|honor|honour|heir)", re.I)


def article(noun: str) -> str:
    word = noun.strip()
    if _SAID_WITH_VOWEL.match(word):
        return "an"
    if _SAID_WITH_CONSONANT.match(word):
        return "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def with_article(noun: str) -> str:
    """'an Account Manager', 'a Sales Engineer'."""
    return f"{article(noun)} {noun}"

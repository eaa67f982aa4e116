"""The JobPosting JSON-LD of docs/assets/jobposting.js, for the employer's careers page.

(a) the module's own Node tests (tests/js/);
(b) Google's JobPosting rules, as encoded by the pinned npm @adobe/structured-data-validator: no errors;
(c) extruct reads the JSON-LD back from an HTML page, field for field;
(d) hostile text in any field stays text: an HTML parser finds no element but the script, and the text
    reads back exactly.
"""
import json
import re
import shutil
import subprocess
from pathlib import Path

import extruct
import html5lib
import pytest

ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = ROOT / "node_modules" / "@adobe" / "structured-data-validator" / "package.json"
EXTRACTOR = ROOT / "node_modules" / "@marbec" / "web-auto-extractor" / "package.json"
XHTML = "{http://www.w3.org/1999/xhtml}"


def node(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    if shutil.which("node") is None:
        pytest.fail("node is not installed: the JobPosting tests need Node 18 or later")
    return subprocess.run(["node", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120)


def scripts_for(inputs: dict) -> dict:
    """{name: jobPostingScript(input)} from the module itself, run in Node."""
    result = node("tests/js/jobposting-script.js", stdin=json.dumps(inputs))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def inputs() -> dict:
    result = node("tests/js/jobposting-inputs.js")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def page(*scripts: str) -> str:
    return ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Careers</title>\n'
            + "".join(scripts) + "</head><body><main><p>The posting.</p></main></body></html>\n")


def job_postings(html: str) -> list[dict]:
    found = extruct.extract(html, base_url="https://careers.example/", syntaxes=["json-ld"], uniform=False)["json-ld"]
    return [item for item in found if item.get("@type") == "JobPosting"]


def test_node_unit_tests():
    result = node("--test", "tests/js/")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_google_jobposting_rules_find_no_errors():
    if not (VALIDATOR.exists() and EXTRACTOR.exists()):
        pytest.fail("node_modules is missing @adobe/structured-data-validator or @marbec/web-auto-extractor: "
                    "make test installs it with npm ci (package-lock.json)")
    result = node("tests/js/validate-jobposting.mjs")
    report = json.loads(result.stdout) if result.stdout.strip() else {}
    errors = {name: [i for i in issues if i["severity"] == "ERROR"] for name, issues in report.items()}
    assert result.returncode == 0 and not any(errors.values()), json.dumps(errors, indent=2) + result.stderr
    assert {"REMOTE", "REMOTE_STATES", "ONSITE", "HYBRID"} <= set(report)
    warnings = {i["message"] for issues in report.values() for i in issues}
    # Only recommended fields the input shape does not carry, or that a posting of its kind leaves out.
    assert warnings <= {f'Missing field "{field}" (optional)' for field in
                        ("identifier", "directApply", "validThrough", "jobLocationType", "applicantLocationRequirements")}


def test_extruct_reads_remote_and_onsite_postings(inputs):
    scripts = scripts_for({"remote": inputs["REMOTE_STATES"], "onsite": inputs["ONSITE"]})
    remote, onsite = job_postings(page(scripts["remote"], scripts["onsite"]))

    assert remote["@context"] == "https://schema.org/"
    assert remote["title"] == "Account Manager"
    assert remote["description"] == inputs["REMOTE_STATES"]["descriptionHtml"]
    assert remote["jobLocationType"] == "TELECOMMUTE"
    assert "jobLocation" not in remote
    assert remote["applicantLocationRequirements"] == [
        {"@type": "State", "name": "New York"}, {"@type": "State", "name": "New Jersey"},
        {"@type": "State", "name": "Connecticut"}]
    assert remote["baseSalary"]["@type"] == "MonetaryAmount"
    assert remote["baseSalary"]["currency"] == "USD"
    assert remote["baseSalary"]["value"] == {"@type": "QuantitativeValue", "minValue": 65000, "maxValue": 85000,
                                             "unitText": "YEAR"}
    assert remote["incentiveCompensation"].startswith("On-target earnings of $90,000 to $110,000 a year")
    assert remote["experienceRequirements"] == {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 24}
    assert remote["educationRequirements"] == {"@type": "EducationalOccupationalCredential",
                                               "credentialCategory": "bachelor degree"}
    assert remote["occupationalCategory"]["codeValue"] == "41-3091"
    assert remote["validThrough"] == "2027-01-15"
    assert remote["hiringOrganization"]["name"] == "Northwind Services"

    assert onsite["title"] == "Senior Account Manager"
    assert onsite["jobLocation"] == {"@type": "Place", "address": {
        "@type": "PostalAddress", "streetAddress": "233 S Wacker Dr", "addressLocality": "Chicago",
        "addressRegion": "IL", "postalCode": "60606", "addressCountry": "US"}}
    assert "jobLocationType" not in onsite and "applicantLocationRequirements" not in onsite
    assert onsite["baseSalary"]["value"]["minValue"] == 85000
    assert onsite["baseSalary"]["value"]["maxValue"] == 110000
    assert onsite["occupationalCategory"]["codeValue"] == "41-4012"
    assert "validThrough" not in onsite and "incentiveCompensation" not in onsite


def test_extruct_reads_a_remote_posting_open_to_the_whole_country(inputs):
    (remote,) = job_postings(page(scripts_for({"remote": inputs["REMOTE"]})["remote"]))
    assert remote["jobLocationType"] == "TELECOMMUTE"
    assert remote["applicantLocationRequirements"] == {"@type": "Country", "name": "US"}


HOSTILE = [
    "</script><script>alert(1)</script>", "</SCRIPT >x", "<!--<script>", "-->", "<![CDATA[x]]>",
    "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "\"quoted\" & 'single' \\backslash",
    "\\u003c/script\\u003e", "line\u2028separator\u2029paragraph", "tab\tnewline\ncarriage\rreturn",
    "{{ config }} {% raw %} ${x}", "&lt;&amp;&#x3c;&#60;", "\u202eright-to-left \u200bzero-width \ufeff",
    "漢字 עברית 👩🏽‍💻 é",
]


def hostile_input(text: str, arrangement: str) -> dict:
    url = "https://example.com/?q=" + re.sub(r"[\s\ufeff]", "", text) + "&next=</script>"
    return {
        "title": f"Title {text} end", "descriptionHtml": f"<p>Description {text} end</p>",
        "datePosted": "2026-12-01", "validThrough": "2027-01-15", "employmentType": "FULL_TIME",
        "company": {"name": f"Company {text} end", "url": url, "logo": url},
        "arrangement": arrangement,
        "location": {"streetAddress": f"Street {text} end", "locality": f"City {text} end", "region": "NY",
                     "postalCode": f"Zip {text} end", "country": "US"},
        "remoteArea": {"kind": "states", "states": ["NY"]},
        "pay": {"min": 1, "max": 2}, "ote": {"min": 3, "max": 4}, "experienceMonths": 12,
        "education": "high school", "soc": {"code": "41-3091", "title": f"Occupation {text} end"},
    }


def test_hostile_text_stays_text():
    cases = {f"{arrangement}-{n}": (text, hostile_input(text, arrangement))
             for n, text in enumerate(HOSTILE) for arrangement in ("office", "remote")}
    scripts = scripts_for({name: case[1] for name, case in cases.items()})
    for name, (text, given) in cases.items():
        assert isinstance(scripts[name], str), (name, scripts[name])
        html = page(scripts[name])
        document = html5lib.parse(html)
        tags = [element.tag.replace(XHTML, "") for element in document.iter() if isinstance(element.tag, str)]
        assert tags == ["html", "head", "meta", "title", "script", "body", "main", "p"], (name, tags)
        (posting,) = job_postings(html)
        assert posting["title"] == f"Title {text} end"
        assert posting["description"] == f"<p>Description {text} end</p>"
        assert posting["hiringOrganization"]["name"] == f"Company {text} end"
        assert posting["hiringOrganization"]["sameAs"] == given["company"]["url"]
        assert posting["occupationalCategory"]["name"] == f"Occupation {text} end"
        if given["arrangement"] == "office":
            address = posting["jobLocation"]["address"]
            assert (address["streetAddress"], address["addressLocality"], address["postalCode"]) == (
                f"Street {text} end", f"City {text} end", f"Zip {text} end")


def test_hostile_text_in_a_coded_field_is_refused():
    base = hostile_input("x", "remote")
    refused = scripts_for({
        "arrangement": {**base, "arrangement": 'remote"></script><script>alert(1)</script>'},
        "employmentType": {**base, "employmentType": "<script>"},
        "state": {**base, "remoteArea": {"kind": "states", "states": ["</script>"]}},
        "url": {**base, "company": {"name": "x", "url": "javascript:alert(1)"}},
    })
    for name, outcome in refused.items():
        assert isinstance(outcome, dict) and outcome["error"].startswith("jobPosting: "), (name, outcome)


def test_the_guide_pages_carry_no_jobposting_markup(built_site):
    """Search engines allow JobPosting markup only on a real, open posting: the guide only builds the text."""
    for html_file in sorted(built_site.rglob("*.html")):
        found = extruct.extract(html_file.read_text(encoding="utf-8"), syntaxes=["json-ld", "microdata"], uniform=True)
        types = [item.get("@type") for items in found.values() for item in items]
        assert "JobPosting" not in types, html_file.relative_to(built_site)

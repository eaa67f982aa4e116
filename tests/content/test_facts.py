"""The facts of the four sources, as a checklist: each one must be on the built site.

Every entry below is a fact taken from one of the sources in /work/shared/sources, written the way the
site prints it (en dash in ranges, "$64,780", headings ending in the permalink sign "¶"), with where the
source states it ("003:146" = file 003_*.txt, line 146). A failing test names the missing fact.
Where a fact has a single source, the check often includes the citation the site prints after it
("... Source: <title>"), so a wrong attribution fails too.

Source files:  000 = jd-guide-2019    001 = template-guide-2025
               002 = recruiter-jd-page 003 = am-guide-2026

A fact that the data does not (yet) carry stays in the list with `missing(...)`: an xfail(strict=True)
that says what to add, so the checklist shows the gap and fails loudly once the gap is closed.

Kinds of check:
  check_on(page, text)      the text appears on that page (visible text; "" is the role's overview page,
                            None the whole site)
  check_in(page, heading, texts)
                            every text appears in the section under that heading (from "heading¶" up to
                            the next heading, or up to the block's "Source" line where a block has
                            sub-headings), which ties a figure to the thing it belongs to
"""
import pytest

from gates import read_anchors
from site_text import page_text, visible_text

ROLE = "account-manager"

# The citation the site prints after a single-source fact.
T2019 = "Source: How to write an account manager job description, with five real examples"
T2025 = "Source: Account manager posting template and hiring guide (2025)"
TRECRUITER = "Source: Account Manager job description and level templates"
T2026 = "Source: Account manager job description guide (2026)"


def fid(fact: str) -> str:
    """A test id: the fact without the citation."""
    return fact.split(" Source:")[0]


def ids(rows, column=0):
    """Test ids from one column of a fact list (rows may be tuples or `missing(...)` params)."""
    return [fid(str((row.values if hasattr(row, "values") else row)[column])) for row in rows]


def missing(reason, *fact):
    return pytest.param(*fact, marks=pytest.mark.xfail(reason=f"missing from data: {reason}", strict=True))


# --- reading the built site ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def text(built_site):
    cache = {}

    def read(page):
        if page not in cache:
            if page is None:
                cache[page] = visible_text(built_site)
            elif page == "sources":
                cache[page] = page_text(built_site / "sources" / "index.html")
            else:
                cache[page] = page_text(built_site / ROLE / page / "index.html")
        return cache[page]

    return read


def section(page_text_: str, heading: str, stop: str = "¶") -> str:
    """The text under `heading` up to the next heading (the next permalink sign), or up to `stop`."""
    start = page_text_.find(heading + "¶")
    assert start >= 0, f"no heading {heading!r} on the page"
    end = page_text_.find(stop, start + len(heading) + 1)
    return page_text_[start:end if end >= 0 else None]


def check_on(text, page, needle, where=""):
    assert needle in text(page), f"{needle!r} (source {where}) is not on the {page or 'overview'} page"


def check_in(text, page, heading, needles, where="", casefold=False, stop="¶"):
    body = section(text(page), heading, stop)
    body = body.casefold() if casefold else body
    absent = [n for n in needles if (n.casefold() if casefold else n) not in body]
    assert not absent, f"under {heading!r} on the {page} page: {absent} (source {where}) not found"


# =========================================================================================================
# FIGURES
# =========================================================================================================

# --- pay: national figures (compensation page: label, figure and year in one table row) ------------------
PAY_NATIONAL = [
    ("Average across seven job markets $64,780 2019", "000:257-259"),
    ("National range, base and total pay Base $55,000–$75,000; total $70,000–$95,000 2025", "001:114"),
    ("National average $61,255 undated", "002:40-43"),
    ("from the Bureau of Labor Statistics, from Glassdoor and from industry pay surveys of 2024–2025", "001:134"),
]

# --- pay: by experience level, 2026 guide (years, base, total in one row) --------------------------------
PAY_BY_LEVEL = [
    ("Entry level (Junior Account Manager) 0–2 years $45,000–$60,000 $50,000–$70,000 2026 " + T2026, "003:146"),
    ("Mid level (Mid-Level Account Manager) 3–5 years $60,000–$85,000 $70,000–$105,000 2026 " + T2026, "003:147"),
    ("Senior (Senior Account Manager) 5–10 years $85,000–$120,000 $100,000–$150,000 2026 " + T2026, "003:148"),
    ("Strategic and enterprise (Enterprise Account Manager, Strategic Account Manager) not stated "
     "$120,000–$180,000 $150,000–$250,000+ 2026 " + T2026, "003:149"),
]

# --- pay: the eight metros of the 2025 guide (metro, base, total, year and source in one row) ---------------
PAY_BY_METRO = [
    ("New York, NY $65,000–$85,000 $85,000–$115,000 2025 " + T2025, "001:117"),
    ("San Francisco, CA $70,000–$90,000 $90,000–$125,000 2025 " + T2025, "001:118"),
    ("Chicago, IL $58,000–$75,000 $75,000–$100,000 2025 " + T2025, "001:119"),
    ("Austin, TX $55,000–$72,000 $72,000–$95,000 2025 " + T2025, "001:120"),
    ("Atlanta, GA $52,000–$68,000 $68,000–$88,000 2025 " + T2025, "001:121"),
    ("Denver, CO $57,000–$74,000 $74,000–$98,000 2025 " + T2025, "001:122"),
    ("Boston, MA $62,000–$80,000 $80,000–$108,000 2025 " + T2025, "001:123"),
    ("Seattle, WA $60,000–$78,000 $78,000–$105,000 2025 " + T2025, "001:124"),
]

# --- pay: percentages and what moves pay (compensation page) --------------------------------------------
PAY_FACTORS = [
    ("Typical OTE, as the 2026 guide states it (share of base): 10–30%", "003:164"),
    ("Likely OTE as a share of base, our reading: 110–130% (how we got it:", "003:164"),
    ("Top performers above base: 50%+", "003:166"),
    ("How commission is structured varies widely", "003:165"),
    ("Highest: SaaS, Technology, Finance", "003:152"),
    ("Mid-range: Marketing, Consulting, Healthcare", "003:153"),
    ("Lower: Retail, Hospitality, Non-profit", "003:154"),
    ("Top markets: San Francisco, New York, Boston", "003:156"),
    ("Growing markets: Austin, Seattle, Denver", "003:157"),
    ("paid at the level of mid-tier markets", "003:158"),
    ("Enterprise: Higher base inside a more formal pay structure", "003:160"),
    ("Mid-market: A balance between the fixed base and the variable part", "003:161"),
    ("Startups: Lower base but more potential upside", "003:162"),
    ("what living there costs", "001:131"),
    ("how much those accounts are worth", "001:129"),
    ("how far along its growth the company has come", "001:132"),
    ("client complexity matters too", "001:128"),
]


@pytest.mark.parametrize("fact, where", PAY_NATIONAL + PAY_BY_LEVEL + PAY_BY_METRO + PAY_FACTORS,
                         ids=ids(PAY_NATIONAL + PAY_BY_LEVEL + PAY_BY_METRO + PAY_FACTORS))
def test_pay_figure(text, fact, where):
    check_on(text, "compensation", fact, where)


# --- the templates: every variant of every source, by its title, with its figures -----------------------
# (template title as on the templates page, [facts in its section], source lines)
TEMPLATES = [
    # 000: the one template of the 2019 guide
    ("Account Manager (short general template)",
     ["[Minimum Years] years of work in sales, account management or project management",
      "equivalent work experience", "[Digital Platforms]", "[Industry Experience]"], "000:214-249"),
    # 001: the full template of the 2025 guide
    ("Account Manager (full general template)",
     ["Account Management Director", "3–5 years spent in business development, client services or account management",
      "Salesforce or HubSpot", "Excel", "2–3 office days a week", "Uncapped commission",
      "401(k) with a company match", "Pay $55,000–$75,000 base salary a year, plus commission and bonus"], "001:31-84"),
    # 003: the ten copy-ready templates of the 2026 guide
    ("Account Manager (general template)",
     ["[Account Count]", "[Portfolio Revenue]", "[Minimum Years]", "CAM or Salesforce", "[Base Salary Range]",
      "[Work Arrangement]"], "003:218-245"),
    ("Senior Account Manager, Enterprise Accounts",
     ["Fortune 500", "Fortune 500 accounts worth $5M+ a year", "5–10 enterprise accounts of strategic weight",
      "$5M–$20M of annual recurring revenue",
      "95% or above", "120% or above", "At least 7 years", "accounts worth $5M or more", "An MBA",
      "Pay $110,000–$140,000 base salary a year; $180,000–$220,000 total pay with commission", "Equity or stock options"],
     "003:246-271"),
    ("SaaS Account Manager",
     ["40–60 mid-market accounts", "$1.5M–$3M in ARR", "gross retention of 90% or more",
      "net revenue retention of 110% or more", "3–5 years", "ARR, NRR, churn and LTV", "Gainsight, ChurnZero",
      "100% remote-first", "Pay $70,000–$90,000 base salary a year; $95,000–$125,000 total pay with commission"],
     "003:272-297"),
    ("Agency Account Manager (marketing and advertising)",
     ["5–8 active accounts", "3–5 years", "Asana or Monday.com", "3 days in the office and 2 working remotely",
      "Pay $60,000–$80,000 base salary a year, plus bonus"], "003:298-323"),
    ("Financial Services Account Manager",
     ["30–50 commercial banking clients", "At least 5 years", "Series licenses or banking certifications",
      "pension plan", "Pay $80,000–$110,000 base salary a year, plus incentive pay"], "003:324-349"),
    ("Junior Account Manager (entry-level)",
     ["0–2 years of work experience; internships count", "Microsoft Office and Google Workspace",
      "training and mentorship program", "Pay $45,000–$55,000 base salary a year"], "003:350-375"),
    ("Healthcare Account Manager",
     ["hospitals, clinics and practices", "4–6 years", "HIPAA", "company car or a car allowance",
      "Pay $75,000–$95,000 base salary a year; $105,000–$135,000 total pay with bonus"], "003:376-401"),
    ("E-commerce Account Manager",
     ["50–100 brands and sellers", "3–5 years", "conversion rate, AOV and CAC", "Shopify, Amazon",
      "100% remote position", "Pay $65,000–$85,000 base salary a year, plus bonus"], "003:402-427"),
    ("Manufacturing B2B Account Manager",
     ["20–40 B2B manufacturing accounts", "$3M–$8M a year", "At least 5 years", "ERP systems",
      "company vehicle", "Pay $75,000–$100,000 base salary a year, plus bonus"], "003:428-453"),
    ("Channel Partner Account Manager",
     ["10–20 channel partners", "4–6 years", "market development funds (MDF)", "resellers",
      "Pay $85,000–$105,000 base salary a year; $130,000–$165,000 total pay with commission"], "003:454-479"),
    # 002: the six level templates of the recruiter page
    ("Junior Account Manager (level template)",
     ["6–12 months", "Salesforce or HubSpot", "Microsoft Office and basic CRM tools"], "002:45-72"),
    # a level template requires the years a source requires (the recruiter page only prefers its own):
    # 3–5 years from the 2025 template (001:59), 7+ from the 2026 guide's enterprise posting (003:255)
    ("Account Manager, mid-level (level template)",
     ["3–5 years", "Salesforce certification or an equivalent"], "002:73-99, 001:59"),
    ("Senior Account Manager (level template)",
     ["5+ years", "An MBA", "PMP, Salesforce or industry-specific credentials"], "002:100-126"),
    ("Enterprise Account Manager (level template)",
     ["7+ years", "Project management or enterprise sales certifications", "An MBA"], "002:127-153, 003:255"),
    ("Global Account Manager (level template)",
     ["7+ years", "Multinational account management or export compliance certifications", "several languages"],
     "002:154-179"),
    ("Strategic Account Manager (level template)",
     ["7+ years", "SAMA", "An MBA (strongly preferred)"], "002:180-206"),
]


@pytest.mark.parametrize("title, facts, where", TEMPLATES, ids=ids(TEMPLATES))
def test_template(text, title, facts, where):
    check_in(text, "templates", title, facts, where)


# --- years of experience and time between career stages ------------------------------------------------
# (page, heading or None, text)
EXPERIENCE = [
    # the recruiter page's six levels (levels page, each level's section)
    ("levels", "Junior Account Manager", "six to twelve months", "002:71"),
    ("levels", "Mid-Level Account Manager", "Experience: 2–4 years", "002:98"),
    ("levels", "Senior Account Manager", "Experience: 5+ years", "002:125"),
    ("levels", "Enterprise Account Manager", "Experience: 6+ years", "002:152"),
    ("levels", "Global Account Manager", "Experience: 7+ years", "002:178"),
    ("levels", "Strategic Account Manager", "Experience: 7+ years", "002:205"),
    # general requirements
    ("skills", None, "2–5 years in sales, customer success or account management", "003:115"),
    ("skills", None, "At least 3 years in an account management or other client-facing job", "002:35"),
    ("faq", None, "3–5 years spent in business development, client services or account management", "001:59"),
    # the real postings
    ("postings", "Posting 1 — advertising platform partnerships", "Experience: 3+ years", "000:63"),
    ("postings", "Posting 3 — a book of customers on a sales team", "Experience: 1–5 years", "000:128"),
    ("postings", "Posting 5 — publisher advertising campaigns", "Experience: 4+ years", "000:198"),
    # time between career stages
    ("career", None, "Entry-level roles Mid-level roles 2–3 years With strong performance", "003:202"),
    ("career", None, "Mid-level roles Senior and strategic account management 3–5 years "
                     "Once you can show strategic impact", "003:203"),
    ("career", None, "Senior and strategic account management Leadership and director roles 5–7 years "
                     "With a proven record of building teams", "003:204"),
    # job hopping threshold
    ("hiring", "Job hopping", "less than 18 months", "001:193"),
]


@pytest.mark.parametrize("page, heading, fact, where", EXPERIENCE,
                         ids=[f"{h}: {f}" if h else f for _, h, f, _ in EXPERIENCE])
def test_experience_and_time(text, page, heading, fact, where):
    if heading:
        check_in(text, page, heading, [fact], where)
    else:
        check_on(text, page, fact, where)


# --- counts, company sizes and other figures -----------------------------------------------------------
COUNTS = [
    ("comparisons", "Small companies 1–50", "003:138"),
    ("comparisons", "Mid-size companies 50–500", "003:139"),
    ("comparisons", "Enterprise companies 500+", "003:140"),
    ("", "At enterprises (500+ employees)", "003:140"),
    ("faq", "500+ employees run separate, specialized teams", "003:140"),
    ("faq", "It lists “Typical OTE” as 10–30% of base salary.", "003:164"),
    ("compensation", "seven major US job markets", "000:257"),
    ("postings", "seven online communities", "000:40"),
    ("postings", "Five postings", "000:38"),
    ("hiring", "Keeps client retention above 90%", "003:484"),
    ("faq", "90%+ gross retention with 110%+ net revenue retention", "003:280"),
    ("faq", "95%+ renewal rate with 120%+ net revenue retention", "003:253"),
    ("faq", "5–10 enterprise accounts", "003:248"),
    ("faq", "50–100 e-commerce sellers", "003:404"),
    ("environments", "as often as monthly, or as seldom as quarterly", "003:214"),
]


@pytest.mark.parametrize("page, fact, where", COUNTS, ids=ids(COUNTS, 1))
def test_count(text, page, fact, where):
    check_on(text, page, fact, where)


# =========================================================================================================
# NAMED THINGS
# =========================================================================================================

# --- levels (levels page headings) -----------------------------------------------------------------------
LEVELS = ["Junior Account Manager", "Mid-Level Account Manager", "Senior Account Manager",
          "Enterprise Account Manager", "Global Account Manager", "Strategic Account Manager"]  # 002:45-206


@pytest.mark.parametrize("title", LEVELS)
def test_level(text, title):
    check_on(text, "levels", title + "¶", "002:45-206")


# --- industries: the sources' sectors, as the industries page names them ---------------------------------
INDUSTRIES = [
    ("Technology / SaaS", "001:103, 003:58"),
    ("Professional services", "001:104"),
    ("Manufacturing / B2B industrial", "001:105, 003:428"),
    ("Financial services", "001:106, 003:324"),
    ("Healthcare", "001:107, 003:376"),
    ("Marketing and advertising agencies", "001:108, 003:64"),
    ("Enterprise", "003:70"),
    ("B2B sales", "003:76"),
    ("E-commerce and retail", "003:402"),
    ("Channel and partners", "003:454"),
]


@pytest.mark.parametrize("name, where", INDUSTRIES, ids=ids(INDUSTRIES))
def test_industry(text, name, where):
    check_on(text, "industries", name + "¶", where)


# What each industry of the 2025 table asks for (industries page, the industry's section)
INDUSTRY_DETAILS = [
    ("Technology / SaaS", ["software gets implemented", "technical support"], "001:103"),
    ("Professional services", ["scope", "consulting background"], "001:104"),
    ("Manufacturing / B2B industrial", ["supply chain", "inventory management"], "001:105"),
    ("Financial services", ["risk", "financial regulations"], "001:106"),
    ("Healthcare", ["patient", "HIPAA"], "001:107"),
    ("Marketing and advertising agencies", ["media", "marketing metrics"], "001:108"),
    ("Enterprise", ["hierarchy", "large scale"], "003:70-75"),
    ("B2B sales", ["pricing", "product demonstrations"], "003:76-81"),
]


@pytest.mark.parametrize("name, facts, where", INDUSTRY_DETAILS, ids=ids(INDUSTRY_DETAILS))
def test_industry_detail(text, name, facts, where):
    check_in(text, "industries", name, facts, where, casefold=True, stop="Source")


# Sectors named elsewhere in the sources (backgrounds, pay tiers)
SECTORS = [
    ("skills", "SaaS, healthcare, finance and marketing", "002:36"),
    ("compensation", "Consulting", "003:153"),
    ("compensation", "Hospitality", "003:154"),
    ("compensation", "Non-profit", "003:154"),
    ("postings", "ad tech, real-time programmatic bidding", "000:63"),
]


@pytest.mark.parametrize("page, fact, where", SECTORS, ids=ids(SECTORS, 1))
def test_sector(text, page, fact, where):
    check_on(text, page, fact, where)


# --- metros (all eight, with their state) --------------------------------------------------------------
METROS = ["New York, NY", "San Francisco, CA", "Chicago, IL", "Austin, TX", "Atlanta, GA", "Denver, CO",
          "Boston, MA", "Seattle, WA"]  # 001:117-124


@pytest.mark.parametrize("metro", METROS)
def test_metro(text, metro):
    check_on(text, "compensation", metro, "001:117-124")


# --- certifications (skills page) ----------------------------------------------------------------------
CERTIFICATIONS = [
    ("Certified Account Manager (CAM)", "002:33, 003:119"),
    ("Salesforce Administrator / Advanced Administrator", "002:33, 003:120"),
    ("HubSpot Sales Software Certification", "003:121"),
    ("Project Management Professional (PMP)", "002:33, 003:122"),
    ("Project management certifications", "002:150"),
    ("Enterprise sales certifications", "002:150"),
    ("Strategic account management certification (e.g. SAMA)", "002:203"),
    ("Multinational account or export compliance certifications", "002:176"),
    ("Digital marketing certifications", "003:123"),
    ("Series licenses or banking certifications", "003:338"),
    ("Professional sales or account management certifications", "001:72"),
    ("Industry-specific credentials", "002:123, 003:116"),
    ("Salesforce certification or an equivalent", "002:96"),
    ("None required", "002:69"),
]


@pytest.mark.parametrize("name, where", CERTIFICATIONS, ids=ids(CERTIFICATIONS))
def test_certification(text, name, where):
    on_levels_page = ("Salesforce certification or an equivalent", "None required")
    page = "levels" if name in on_levels_page else "skills"
    check_on(text, page, name, where)


# --- education ------------------------------------------------------------------------------------------
EDUCATION = [
    ("skills", "Business", "000:24, 001:58, 002:31, 003:111"),
    ("skills", "Marketing", "000:24, 001:58, 002:31, 003:111"),
    ("skills", "Communications", "000:24, 001:58, 002:31, 003:111"),
    ("skills", "Statistics " + T2019, "000:24"),
    ("skills", "Psychology " + T2019, "000:24"),
    ("skills", "Account management " + T2019, "000:24"),
    ("skills", "Campaign management " + T2019, "000:24"),
    ("skills", "Media planning " + T2019, "000:24"),
    ("skills", "International business " + TRECRUITER, "002:174"),
    ("skills", "Finance " + T2026, "003:337"),
    ("skills", "Engineering " + T2026, "003:442"),
    ("skills", "equivalent work experience", "000:24, 000:242"),
    ("skills", "bachelor's degree is preferred, though not every employer insists", "003:114"),
    ("skills", "Business administration " + TRECRUITER, "002:31"),
    ("levels", "an MBA or related graduate coursework", "002:121"),
    ("levels", "An MBA (strongly preferred)", "002:201"),
    ("postings", "A marketing degree is preferred.", "000:161"),
]


@pytest.mark.parametrize("page, fact, where", EDUCATION, ids=ids(EDUCATION, 1))
def test_education(text, page, fact, where):
    assert fact.casefold() in text(page).casefold(), f"{fact!r} is not on the {page} page"


# --- sourcing: platforms and professional communities (hiring page) -------------------------------------
SOURCING = [
    ("LinkedIn", "001:173"),
    ("Indeed", "001:174"),
    ("ZipRecruiter", "001:175"),
    ("Industry-specific job boards", "001:176"),
    ("Built In", "001:176"),
    ("Customer Success Association", "001:180"),
    ("Sales professional organizations", "001:181"),
    ("Industry associations", "001:182"),
    ("“client relationships,” “account growth” and “customer success.”", "001:189"),
]


@pytest.mark.parametrize("name, where", SOURCING, ids=ids(SOURCING))
def test_sourcing(text, name, where):
    check_on(text, "hiring", name, where)


# --- interview questions: by competency (interview page), each with a distinctive word pair ---------------
# The site words questions its own way; the pair shows the question under that competency asks the
# source's question.
INTERVIEW = [
    # 001: the 2025 guide's eighteen questions
    ("Account strategy", ("account plan", "new client"), "001:140"),
    ("Relationship management", ("trust", "unhappy"), "001:141"),
    ("Growth identification", ("upsell", "cross-sell"), "001:142"),
    ("Data analysis", ("kpis", "worrying"), "001:143"),
    ("Stakeholder management", ("several people", "decisions"), "001:144"),
    ("Problem resolution", ("internal teams", "client problem"), "001:145"),
    ("Contract negotiation", ("renewal", "price"), "001:146"),
    ("Pipeline management", ("many accounts", "time"), "001:147"),
    ("Relationship building", ("hard-to-please", "strong relationship"), "001:151"),
    ("Conflict resolution", ("could not", "company"), "001:152"),
    ("Revenue growth", ("existing account", "strategy"), "001:153"),
    ("Team collaboration", ("internal teams", "priorities"), "001:154"),
    ("Adaptability", ("important client", "changed"), "001:155"),
    ("Communication", ("complicated information", "industry"), "001:156"),
    ("Customer focus", ("customer service", "account management"), "001:160"),
    ("Professional development", ("keep up", "industry"), "001:161"),
    ("Work style", ("responsive", "your day"), "001:162"),
    ("Success motivation", ("enjoy", "managing accounts"), "001:163"),
    # 003: the 2026 guide's five questions, folded into the matching 2025 questions
    ("Relationship management", ("win back", "recommending"), "003:504"),
    ("Growth identification", ("close them", "trust"), "003:505"),
    ("Problem resolution", ("complicated client problem", "what had gone wrong"), "003:506"),
    ("Pipeline management", ("where your time goes", "urgency"), "003:507"),
    ("Data analysis", ("kpis", "account is healthy"), "003:508"),
]


@pytest.mark.parametrize("competency, words, where", INTERVIEW,
                         ids=[f"{c}: {' + '.join(w)}" for c, w, _ in INTERVIEW])
def test_interview_question(text, competency, words, where):
    check_in(text, "interview", competency, list(words), where, casefold=True)


# --- red flags (hiring page, by the site's title, with the source's substance) ---------------------------
RED_FLAGS = [
    ("Job hopping", ["18 months"], "001:193"),
    ("A narrow book of business", ["small accounts", "one client"], "001:194"),
    ("Weak grasp of metrics", ["key performance indicators", "record of what they achieved"], "001:195"),
    ("No growth examples", ["growing an account", "strategic win"], "003:514"),
    ("Poor communication", ["explain a complicated situation"], "001:196"),
    ("Reactive approach", ["ahead of time"], "001:197"),
    ("Individual contributor mindset", ["internal teams"], "001:198"),
    ("Transactional mindset", ["closing the deal"], "003:510"),
    ("Blaming others", ["clients, colleagues or circumstances"], "003:511"),
    ("Lack of preparation", ["thoughtful questions"], "003:512"),
    ("Poor listening", ["cues"], "003:513"),
]


@pytest.mark.parametrize("title, facts, where", RED_FLAGS, ids=[f"{t}: {f[0]}" for t, f, _ in RED_FLAGS])
def test_red_flag(text, title, facts, where):
    check_in(text, "hiring", title, facts, where)


def test_red_flags_are_eleven_separate_entries(built_site):
    ids = read_anchors(built_site / ROLE / "hiring" / "index.html").ids
    assert len([i for i, tag in ids.items() if i.startswith("red-flag-") and tag.startswith("h")]) == 11


# --- what to look for when hiring (hiring page) ---------------------------------------------------------
LOOK_FOR = [
    ("Proven track record", ["above 90%", "growth targets", "references"], "003:483-487"),
    ("Emotional intelligence", ["listens actively", "empathy", "adapts", "conflicts"], "003:488-492"),
    ("Strategic thinking", ["account plan", "financials", "long term", "creatively"], "003:493-497"),
    ("Cultural alignment", ["values", "coaching", "genuine"], "003:498-502"),
]


@pytest.mark.parametrize("title, facts, where", LOOK_FOR, ids=ids(LOOK_FOR))
def test_look_for(text, title, facts, where):
    check_in(text, "hiring", title, facts, where, casefold=True)


# --- the four challenges and the five common mistakes (success page) ------------------------------------
CHALLENGES = [
    ("Managing many clients", ["tiers", "automate", "response times"], "003:557-559"),
    ("Upselling without losing trust", ["pushy", "solutions, not products", "not a good fit"], "003:560-562"),
    ("Handling difficult accounts", ["unrealistic expectations", "boundaries", "escalate", "no longer worth"],
     "003:563-565"),
    ("Coordinating internally", ["competing demands", "context", "thank"], "003:566-568"),
]

MISTAKES = [
    ("Reacting instead of anticipating", ["regular contact"], "003:550"),
    ("Overpromising", ["cannot deliver"], "003:551"),
    ("Neglecting internal relationships", ["colleagues"], "003:552"),
    ("Avoiding difficult conversations", ["crisis"], "003:553"),
    ("Putting volume before value", ["so many accounts"], "003:554"),
]


@pytest.mark.parametrize("title, facts, where", CHALLENGES + MISTAKES, ids=ids(CHALLENGES + MISTAKES))
def test_challenge_or_mistake(text, title, facts, where):
    check_in(text, "success", title, facts, where, casefold=True)


# --- career titles (career page) -------------------------------------------------------------------------
CAREER_TITLES = [
    # 003: entry, advanced, leadership, alternative
    ("Account Coordinator", "003:171"),
    ("Junior Account Manager", "003:172"),
    ("Associate Account Manager", "003:173"),
    ("Customer Success Associate", "003:174"),
    ("Senior Account Manager", "003:182"),
    ("Strategic Account Manager", "003:183"),
    ("Enterprise Account Manager", "003:184"),
    ("Global Account Manager", "003:185"),
    ("Account Management Team Lead", "003:193"),
    ("Director of Account Management", "003:194"),
    ("VP of Customer Success", "003:195"),
    ("Chief Customer Officer (CCO)", "003:196"),
    ("Sales leadership", "003:198"),
    ("Product management", "003:199"),
    ("Consulting or advisory work", "003:200"),
    ("Entrepreneurship and owning a business", "003:201"),
    # 000: the way up
    ("Business Development Manager", "000:32"),
    ("Sales Manager", "000:32"),
    ("Director of Sales", "000:32"),
    ("VP of Sales", "000:32"),
    # 001: the growth path
    ("Key Account Manager", "001:21"),
    ("Account Director", "001:21"),
]


@pytest.mark.parametrize("title, where", CAREER_TITLES, ids=ids(CAREER_TITLES))
def test_career_title(text, title, where):
    check_on(text, "career", title, where)


# --- tools (skills page) --------------------------------------------------------------------------------
TOOLS = [
    ("Salesforce", "000:208, 001:62, 002:19, 003:94"),
    ("HubSpot", "001:62, 002:19, 003:94"),
    ("Microsoft Dynamics", "003:94"),
    ("Slack", "000:208, 003:541"),
    ("Microsoft Teams", "003:541"),
    ("Zoom", "003:541"),
    ("Tableau", "003:542"),
    ("Looker", "003:542"),
    ("Excel", "000:68, 001:63, 003:542"),
    ("Google Sheets", "003:542"),
    ("Asana", "003:543"),
    ("Monday.com", "003:543, 003:311"),
    ("Jira", "003:543"),
    ("Gainsight", "003:286"),
    ("ChurnZero", "003:286"),
    ("Mailchimp", "000:170"),
    ("Klaviyo", "000:170"),
    ("PowerPoint", "000:68, 000:207"),
    ("Keynote", "000:207"),
    ("Microsoft Office", "002:58, 003:364"),
    ("Google Workspace", "003:364"),
    ("Shopify", "003:415"),
    ("ERP systems", "003:439"),
    ("Facebook", "000:169"),
    ("Google Search", "000:169"),
    ("Bing", "000:169"),
    ("Yahoo", "000:169"),
    ("Amazon", "000:169, 003:415"),
    ("Snapchat", "000:169"),
    ("Pinterest", "000:169"),
    ("LinkedIn", "000:169"),
]


@pytest.mark.parametrize("tool, where", TOOLS, ids=ids(TOOLS))
def test_tool(text, tool, where):
    check_on(text, "skills", tool, where)


# --- metrics the sources name (whole site) --------------------------------------------------------------
METRICS = [
    ("customer lifetime value (CLV)", "003:10"),
    ("net revenue retention (NRR)", "003:96"),
    ("customer lifetime value (CLTV)", "003:96"),
    ("How many accounts are kept, what upsells and cross-sells bring in, and how clients score their satisfaction", "001:20"),
    ("usage, satisfaction scores, how revenue is moving and how engaged the client is", "003:54"),
    ("quarterly business reviews", "003:23"),
]


@pytest.mark.parametrize("fact, where", METRICS, ids=ids(METRICS))
def test_metric(text, fact, where):
    check_on(text, None, fact, where)


# --- internal teams (overview page) ---------------------------------------------------------------------
TEAMS = [
    ("Sales", "000:30, 001:23, 002:3, 003:10"),
    ("Product and product development", "000:30, 001:23, 002:3, 003:10"),
    ("Customer Success", "000:30, 001:23, 003:10"),
    ("Marketing", "000:30, 001:39, 002:3"),
    ("Customer support", "002:3, 003:10"),
    ("Engineering " + T2019, "000:30"),
    ("Finance " + T2019, "000:30"),
    ("Leadership " + T2026, "003:56"),
]


@pytest.mark.parametrize("team, where", TEAMS, ids=ids(TEAMS))
def test_internal_team(text, team, where):
    check_on(text, "", team, where)


# --- roles the sources compare with (comparisons page) ---------------------------------------------------
COMPARED = [
    ("Account Executive", "000:26"),
    ("Sales Manager", "003:130-133"),
    ("Customer Success Manager", "003:134-137"),
    ("Close new deals and hit sales quota", "003:132"),
    ("Make sure customers get the results they signed up for", "003:136"),
]


@pytest.mark.parametrize("fact, where", COMPARED, ids=ids(COMPARED))
def test_compared_role(text, fact, where):
    check_on(text, "comparisons", fact, where)


# --- work settings (environments page) ------------------------------------------------------------------
ENVIRONMENTS = [
    ("Corporate", ["smaller number of high-value accounts"], "001:88-90"),
    ("Startup", ["several hats", "new business development"], "001:92-94"),
    ("Remote and hybrid", ["check-ins", "video calls"], "001:96-98"),
    ("Office-based", ["Finance, enterprise sales and agencies"], "003:207-208"),
    ("Remote", ["SaaS firms", "fully remote"], "003:209-210"),
    ("Hybrid", ["work-life balance"], "003:211-212"),
    ("Travel", ["quarterly business reviews", "as often as monthly, or as seldom as quarterly"], "003:213-214"),
]


@pytest.mark.parametrize("title, facts, where", ENVIRONMENTS, ids=ids(ENVIRONMENTS))
def test_environment(text, title, facts, where):
    check_in(text, "environments", title, facts, where)


TRENDS = [
    ("AI-powered tools", "003:215"),
    ("Virtual reality meeting", "003:215"),
    ("expectation instead of a perk", "003:215"),
]


@pytest.mark.parametrize("fact, where", TRENDS, ids=ids(TRENDS))
def test_trend(text, fact, where):
    check_on(text, "environments", fact, where)


# --- the five real postings of the 2019 guide (postings page) -------------------------------------------
POSTINGS = [
    ("Posting 1 — advertising platform partnerships",
     ["account executives and creative strategists", "RFP", "auction-based tools", "quota"], "000:47-76"),
    ("Posting 2 — partner marketing programs",
     ["first year", "relations team", "not required"], "000:83-103"),
    ("Posting 3 — a book of customers on a sales team",
     ["monthly sales quota", "Customer Success rep", "demos"], "000:112-134"),
    ("Posting 4 — paid media and email marketing agency",
     ["weekly recurring call", "Media buyers", "Mailchimp and Klaviyo"], "000:143-170"),
    ("Posting 5 — publisher advertising campaigns",
     ["Reports to: Associate Director", "AdOps", "Research and Insights", "outside normal business hours"],
     "000:179-208"),
]


@pytest.mark.parametrize("label, facts, where", POSTINGS, ids=ids(POSTINGS))
def test_posting(text, label, facts, where):
    check_in(text, "postings", label, facts, where)


# --- the sources themselves (sources page) ---------------------------------------------------------------
SOURCE_DETAILS = [
    ("Bailey Reiners", "000:5"),
    ("2019-02-04", "000:3"),
    ("2019-06-10", "000:4"),
]


@pytest.mark.parametrize("fact, where", SOURCE_DETAILS, ids=ids(SOURCE_DETAILS))
def test_source_detail(text, fact, where):
    check_on(text, "sources", fact, where)

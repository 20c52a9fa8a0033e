"""Pages of sites unlike news sites (a developer's blog, a guide with a table, a health explainer) and the
caption fields: what the rules around trafilatura must not cut, and what they report."""

from lxml import etree

from faultlines.extract import extract_article
from faultlines.extract.paragraphs import body_paragraphs
from faultlines.extract.textdump import extract_text_dump
from faultlines.model import Article, Input, Page

INTRO = (
    "Version control sounds intimidating when you first meet it, but the handful of commands below covers "
    "almost everything I do with git on an ordinary working day, from starting a repository to sharing it."
)
AFTER = (
    "Once these commands feel familiar, branching is the next thing worth learning, because it lets you try "
    "an idea without touching the work that already runs and throw it away cleanly when it fails."
)

BLOG = f"""<!doctype html><html lang="en"><head><title>A short guide to git | Maren Olafsdottir</title>
<meta name="author" content="Maren Olafsdottir"><meta property="og:site_name" content="Maren Olafsdottir">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
<body><header><a href="/">Maren Olafsdottir</a><nav><a href="/posts">Posts</a><a href="/about">About</a></nav></header>
<main><article><h1>A short guide to git</h1><p>{INTRO}</p>
<pre><code class="language-bash hljs"><span class="hljs-comment"># stage every modified and untracked file before committing</span>
git add -A
<span class="hljs-comment"># record the staged changes with a message describing them</span>
git commit -m "message"</code></pre>
<p>{AFTER}</p></article></main>
<footer><p>Written in Reykjavik. Feeds: RSS.</p></footer></body></html>"""

ROWS = [("Connecticut", "91.0"), ("New Jersey", "87.8"), ("Massachusetts", "85.7"), ("Rhode Island", "84.5")]
GUIDE = f"""<!doctype html><html><head><title>The busiest housing markets of the year - Homefront Research</title>
<meta property="og:site_name" content="Homefront Research"></head><body>
<div class="site-nav"><a href="/">Home</a> <a href="/research">Research</a></div>
<div class="entry-content"><h1>The busiest housing markets of the year</h1>
<p>We scored every state on sales volume, days on market and the share of homes that sold above their asking
price, then ranked them from the hottest market to the coolest one in the country this spring.</p>
<h2>Top states</h2>
<table><tr><th>State</th><th>Score</th></tr>{"".join(f"<tr><td>{s}</td><td>{v}</td></tr>" for s, v in ROWS)}</table>
<h3>What the score means</h3>
Scores run from zero to one hundred, and a state near the top sells its homes quickly and often above the asking
price, while a state near the bottom has homes sitting unsold for months before a buyer turns up.
<h3>How we gathered the data</h3>
We used county records of every sale closed between January and March, weighted by the number of households
living in each county, and left out sales between relatives, which rarely reflect the market price.
<figure><img src="/uploads/2025/03/housing-heatmap-2025.png" alt="A map of the states by score">
<figcaption>The hottest markets cluster in the Northeast.</figcaption></figure>
<figure><img src="/uploads/2025/03/open-house.jpg"><figcaption>An open house in Hartford. Photo: Dana Whitlock</figcaption></figure>
</div></body></html>"""


def _html(text: str, name: str = "page.html") -> Article:
    return extract_article(Page(Input(path=name, kind="html"), text=text))


def test_code_listing_keeps_its_comment_lines():
    article = _html(BLOG)
    assert INTRO in article.paragraphs and AFTER in article.paragraphs
    assert "stage every modified and untracked file before committing" in article.body
    assert "record the staged changes with a message describing them" in article.body


def test_personal_site_named_after_its_author_keeps_the_author():
    assert _html(BLOG).authors == ["Maren Olafsdottir"]


def test_table_rows_keep_their_cells_apart():
    article = _html(GUIDE)
    assert "Connecticut | 91.0" in article.paragraphs
    assert "Rhode Island | 84.5" in article.paragraphs


def test_text_loose_after_a_heading_is_body():
    # trafilatura leaves text written straight after a heading (no <p>) as the heading's tail
    body = etree.fromstring(
        "<body><head rend='h3'>What the score means</head>Scores run from zero to one hundred, and a state "
        "near the top sells its homes quickly.<p>We used county records of every sale closed this spring.</p>"
        "<list><item>Connecticut<lb/>91.0</item></list></body>"
    )
    assert body_paragraphs(body).paragraphs == [
        "What the score means",
        "Scores run from zero to one hundred, and a state near the top sells its homes quickly.",
        "We used county records of every sale closed this spring.",
        "Connecticut 91.0",
    ]


def test_captions_without_credit_and_image_files_are_reported():
    article = _html(GUIDE)
    assert article.captions == ["The hottest markets cluster in the Northeast."]
    assert article.image_credits == ["Dana Whitlock"]
    assert article.image_files == ["housing-heatmap-2025.png", "open-house.jpg"]
    assert not any("Northeast" in p for p in article.paragraphs)
    data = article.to_dict()
    assert data["captions"] == article.captions and data["image_files"] == article.image_files
    assert Article.from_dict(data) == Article.from_dict({**data, "related": []})
    old = {k: v for k, v in data.items() if k not in ("captions", "image_files")}
    assert Article.from_dict(old).captions == []  # records written before the fields existed still load
    assert "captions" not in Article(title="x").to_dict()  # absent when empty: the older JSON shape


DUMP = """Homefront Research
Home
Research

The busiest housing markets of the year

By Dana Whitlock
March 12, 2025

housing_heatmap_2025-03
The hottest markets cluster in the Northeast.

We scored every state on sales volume, days on market and the share of homes that sold above their asking price, then ranked them from the hottest market to the coolest one this spring.

Scores run from zero to one hundred, and a state near the top sells its homes quickly and often above the asking price, while a state near the bottom has homes sitting unsold for months.

We used county records of every sale closed between January and March, weighted by the number of households living in each county, and left out sales between relatives.

© 2025 Homefront Research
"""


def test_text_dump_reports_image_file_and_its_caption():
    article = extract_text_dump(Page(input=Input(path="dump.txt", kind="text"), text=DUMP))
    assert article.title == "The busiest housing markets of the year"
    assert article.image_files == ["housing_heatmap_2025-03"]
    assert article.captions == ["The hottest markets cluster in the Northeast."]
    assert len(article.paragraphs) == 3


def test_author_names_escaped_twice_are_unescaped():
    page = BLOG.replace('<meta name="author" content="Maren Olafsdottir">', "").replace(
        '<meta property="og:site_name" content="Maren Olafsdottir">',
        '<meta name="author" content="Maren &amp;amp; Jon Olafsson"><meta property="og:site_name" content="Notes">',
    )
    assert _html(page).authors == ["Maren", "Jon Olafsson"]


def test_the_slow_pass_replaces_a_fast_pass_that_kept_only_the_intro():
    from types import SimpleNamespace

    from faultlines.extract.html import takes_rescue

    intro = "A podcast studio needs less gear than most people think when they start out."
    guide = " ".join(f"Section {k} explains which microphone, cable or stand to buy next." for k in range(60))
    fast = SimpleNamespace(text=intro)
    assert takes_rescue(fast, SimpleNamespace(text=f"{intro}\n{guide}"))  # 60 times longer, still the guide
    assert not takes_rescue(fast, SimpleNamespace(text=guide))  # the intro lost: another block of the page
    state = " ".join(f'"key{k}":"value {k}","flag{k}":true,' for k in range(80))
    assert not takes_rescue(fast, SimpleNamespace(text=f"{intro}\n{state}"))  # a script's JSON read as text
    assert not takes_rescue(fast, SimpleNamespace(text=f"{intro} More."))  # hardly longer


def test_a_nested_list_is_not_read_twice():
    body = etree.fromstring(
        "<body><p>To eat more fibre, try this:</p><list rend='ul'><item>Start the day with oats.</item>"
        "<item>Choose whole grains.<list rend='ul'><item>Brown rice or barley.</item>"
        "<item>Whole-wheat bread<lb/>or wraps.</item></list></item><item>Snack on pears.</item></list></body>"
    )
    assert body_paragraphs(body).paragraphs == [
        "To eat more fibre, try this:",
        "Start the day with oats.",
        "Choose whole grains.",
        "Brown rice or barley.",
        "Whole-wheat bread or wraps.",
        "Snack on pears.",
    ]


def test_an_article_carried_twice_is_read_once():
    article = [
        f"Point {k}: a beginner's class should cost less than a private session of the same length."
        for k in range(4)
    ]
    copy = "".join(f"<p>{p}</p>" for p in article)
    body = etree.fromstring(f"<body>{copy}{copy}</body>")  # a mobile and a desktop copy of one article
    assert body_paragraphs(body).paragraphs == article
    question = "How did the new category change the way you plan the coming year?"
    interview = "".join(
        f"<p>{question}</p><p>Answer {k}: we book more shows abroad now.</p>" for k in range(3)
    )
    assert body_paragraphs(etree.fromstring(f"<body>{interview}</body>")).paragraphs.count(question) == 3
    carousel = (
        "<p>Blue mug, 12 oz, dishwasher safe</p><p>Green mug, 16 oz, dishwasher safe</p><p>Red mug, 8 oz</p>"
    )
    prose = "".join(f"<p>Note {k}: mugs this size keep coffee warm for about twenty minutes.</p>" for k in range(12))
    paragraphs = body_paragraphs(etree.fromstring(f"<body>{carousel}{prose}{carousel}</body>")).paragraphs
    assert paragraphs.count("Red mug, 8 oz") == 2  # a short run shown twice stays

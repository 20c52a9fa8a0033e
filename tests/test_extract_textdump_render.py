"""eval/dumps.py renders HTML the way a browser copy does, and the segmenter reads such a rendering."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eval.dumps import render_dump  # noqa: E402
from faultlines.extract.textdump import extract_text_dump  # noqa: E402
from faultlines.model import Input, Page  # noqa: E402

PARAGRAPHS = [
    "Negotiators from Serbia and Kosovo met in Brussels on Monday for the first time since the autumn.",
    "The European Union's envoy said both sides had agreed to keep talking about licence plates and energy.",
    "Officials in Belgrade described the meeting as constructive but said no documents had been signed.",
    "Pristina's delegation said it wanted a written timetable before the next round of talks in March.",
]

HTML = f"""<!doctype html><html><head><title>Talks resume - The Balkan Desk</title>
<style>p {{ color: red }}</style><script>var tracking = "do not show";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="share"><button>Share</button><a>Tweet</a></div>
<article><h1>Serbia and Kosovo resume EU-brokered talks in Brussels</h1>
<p class="byline">By Ana Petrović</p><time>January 15, 2024</time>
<figure><img src="/img/brussels_talks_2024-01-15.jpg" alt="Delegations at the table">
<figcaption>Delegations at the talks. Photo: Marko Ilić/Balkan Desk</figcaption></figure>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article><aside><h3>Most read</h3><ul><li><a>Montenegro names new cabinet after months of wrangling</a></li>
<li><a>Bosnia's electricity exports hit a record in a mild winter</a></li></ul></aside>
<footer><p>&copy; 2024 The Balkan Desk. All rights reserved.</p></footer>
<div hidden>hidden text</div><noscript>enable javascript</noscript></body></html>"""


def test_render_keeps_chrome_and_drops_scripts():
    dump = render_dump(HTML)
    lines = dump.splitlines()
    assert "Home" in lines and "Most read" in lines
    assert "ShareTweet" in lines  # inline buttons run together, as in a browser copy
    assert "Serbia and Kosovo resume EU-brokered talks in Brussels" in lines
    assert PARAGRAPHS[0] in lines
    assert "tracking" not in dump and "color: red" not in dump and "hidden text" not in dump
    assert "enable javascript" not in dump and "Talks resume" not in dump  # <title> is not page text
    assert "\n\n\n" not in dump
    i = lines.index(PARAGRAPHS[0])
    assert lines[i + 1] == "" and lines[i + 2] == PARAGRAPHS[1]  # paragraphs stand apart


def test_render_of_nothing():
    assert render_dump("") == ""
    assert render_dump("   ") == ""


def test_segmenter_reads_a_rendered_page():
    article = extract_text_dump(Page(input=Input(path="balkan.html", kind="text"), text=render_dump(HTML)))
    assert article.title == "Serbia and Kosovo resume EU-brokered talks in Brussels"
    assert article.authors == ["Ana Petrović"]
    assert article.published == "2024-01-15"
    assert article.paragraphs == PARAGRAPHS  # no "ShareTweet", caption, file name or footer
    assert article.image_credits == ["Marko Ilić/Balkan Desk"]
    assert [t.title for t in article.related] == [
        "Montenegro names new cabinet after months of wrangling",
        "Bosnia's electricity exports hit a record in a mild winter",
    ]


def test_reader_and_wrapped_renderings():
    reader = render_dump(HTML, "reader").splitlines()
    assert "Home" not in reader and "© 2024 The Balkan Desk. All rights reserved." not in reader
    assert "Serbia and Kosovo resume EU-brokered talks in Brussels" in reader and "" not in reader
    wrapped = render_dump(HTML, "wrapped")
    assert max(len(line) for line in wrapped.splitlines()) <= 76
    assert "* Home" in wrapped.splitlines()
    for style in ("reader", "wrapped"):
        article = extract_text_dump(Page(input=Input(path="b.txt", kind="text"), text=render_dump(HTML, style)))
        assert article.title == "Serbia and Kosovo resume EU-brokered talks in Brussels"
        assert article.paragraphs == PARAGRAPHS


STREAMED = """<html><body><nav><a href="/">Home</a></nav>
<main><!--$?--><template id="B:0"></template><p>Loading the story</p><!--/$--></main>
<footer><p>Contact the desk</p></footer>
<div hidden id="S:0"><h1>Ferry service to the islands resumes</h1><p>The first boat left at dawn.</p></div>
<div hidden id="S:7"><p>Late part with no placeholder.</p></div>
<div hidden><p>Still hidden.</p></div></body></html>"""


def test_render_puts_streamed_content_where_the_page_script_puts_it():
    lines = [line for line in render_dump(STREAMED).splitlines() if line]
    assert lines[:3] == ["Home", "Ferry service to the islands resumes", "The first boat left at dawn."]
    assert "Loading the story" not in lines  # the fallback is replaced
    assert lines.index("Contact the desk") < lines.index("Late part with no placeholder.")
    assert "Still hidden." not in lines


def test_reader_view_keeps_a_menu_or_form_that_wraps_the_article():
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)  # more than 500 characters of prose
    unclosed_menu = f"<html><body><nav><a>Home</a><div><h2>Talks resume</h2>{story}</div></body></html>"
    lines = render_dump(unclosed_menu, "reader").splitlines()
    assert PARAGRAPHS[0] in lines and "Home" in lines
    small_menu = f"<html><body><nav><a>Home</a></nav><div>{story}</div><form>Search</form></body></html>"
    lines = render_dump(small_menu, "reader").splitlines()
    assert PARAGRAPHS[0] in lines and "Home" not in lines and "Search" not in lines

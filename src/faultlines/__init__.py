"""faultlines: who is who, who said what, and who did what to whom in news about international affairs."""

from faultlines.model import Actor, ActorRef, Article, Document, Event, Input, Page, Quote, Teaser

__version__ = "0.1.0"
__all__ = ["Actor", "ActorRef", "Article", "Document", "Event", "Input", "Page", "Quote", "Teaser", "__version__"]

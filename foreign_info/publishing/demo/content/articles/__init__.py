"""One module per demo article, newest first in demo/content.ARTICLES."""

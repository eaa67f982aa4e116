"""Steps of a build around the renderers: the page sets, what may be published, finished HTML through Markdown, and what runs once the pages are built."""

"""Rules of the domain that pages and checks share: pay for a place, places people type, requirements, the ladder, articles."""

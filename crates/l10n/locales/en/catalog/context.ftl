# Phrases every area of the catalog builds sentences with (crates/engine/src/catalog/context.rs).

# A list of two or three: $first is the items before the last, joined with ", ".
context-list-and = { $first } and { $last }
# More than three: the first three joined with ", ", then how many are not shown.
context-list-and-more = { $shown } and { $more } more
# A request that worked, in a list of requests (`GET https://shop.example/wp-json/ → works`).
context-request-works = { $request } → works
# The number a firewall shows on its block page, in each vendor's own words.
context-marker-ray-id = Ray ID { $id }
context-marker-reference = Reference #{ $id }
context-marker-block-id = Block ID { $id }
context-marker-incident = incident { $id }

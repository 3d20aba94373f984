# Phrases every area of the catalog builds sentences with (crates/engine/src/catalog/context.rs).

context-list-and = { $first } und { $last }
context-list-and-more = { $shown } und { $more } weitere
context-request-works = { $request } → funktioniert
# Cloudflare, Akamai and Sucuri use these English names on their German pages too.
context-marker-ray-id = Ray ID { $id }
context-marker-reference = Reference #{ $id }
context-marker-block-id = Block ID { $id }
context-marker-incident = Vorfall { $id }

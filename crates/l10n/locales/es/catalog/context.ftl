# Phrases every area of the catalog builds sentences with (crates/engine/src/catalog/context.rs).

context-list-and = { $first } y { $last }
context-list-and-more = { $shown } y { $more } más
context-request-works = { $request } → funciona
# Cloudflare, Akamai and Sucuri use these English names on their Spanish pages too.
context-marker-ray-id = Ray ID { $id }
context-marker-reference = Reference #{ $id }
context-marker-block-id = Block ID { $id }
context-marker-incident = incidente { $id }

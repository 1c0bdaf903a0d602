-- name: named_containing
strpos(a.name_norm, :folded) > 0
OR a.id IN (SELECT actor_id FROM actor_aliases WHERE strpos(alias_norm, :folded) > 0)

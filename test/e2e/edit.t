# fixture: writer
# `folio edit` and `search --edit`: the file opens in $VISUAL, else $EDITOR, split like a shell word list but
# never run by a shell; a search opens the best match at the line of its first hit, in each editor's way.
# bin/vim, bin/code and bin/my-editor stand in for editors: they print the arguments they were given.

$ EDITOR=bin/vim folio edit garden
> editor argument: <root>/garden-notes.md

$ VISUAL=bin/code EDITOR=bin/vim folio edit notes/compost.md
> editor argument: <root>/notes/compost.md

$ HOME=/home/ada EDITOR="bin/my-editor --wait 'two words' \"\$HOME\"x" folio edit seed-list
> editor argument: --wait
> editor argument: two words
> editor argument: /home/adax
> editor argument: <root>/notes/seed-list.md

$ EDITOR=bin/vim folio search frost --edit
> editor argument: +10
> editor argument: <root>/garden-notes.md

$ EDITOR=bin/code folio search "row of marigolds" --edit
> editor argument: -g
> editor argument: <root>/notes/seed-list.md:7

$ EDITOR=bin/my-editor folio search marigolds --edit
> editor argument: <root>/notes/seed-list.md

$ EDITOR=bin/vim folio search title:compost --edit
> editor argument: +2
> editor argument: <root>/notes/compost.md

$ EDITOR=bin/vim folio search frost --edit --format json
2> folio: --edit opens the best match in the editor; it does not go with --format json
? 2

$ EDITOR=bin/vim folio search nothing-like-this --edit
2> folio: no articles match
? 1

$ EDITOR="bin/vim; touch pwned" folio edit garden
2> folio: $EDITOR (bin/vim; touch pwned): expected an editor and its arguments; ';' needs a shell, which folio does not run
? 2

$ EDITOR="bin/vim > out.txt" folio edit garden
2> folio: $EDITOR (bin/vim > out.txt): expected an editor and its arguments; '>' needs a shell, which folio does not run
? 2

$ EDITOR=bin/failing-editor folio edit garden
2> folio: the editor 'bin/failing-editor' exited with status 3
? 2

$ EDITOR=no-such-editor-anywhere folio edit garden
2> folio: cannot start the editor 'no-such-editor-anywhere': no such program
? 2

$ EDITOR= VISUAL= PATH=/nonexistent folio edit garden
2> folio: no editor to open the article with: set $VISUAL or $EDITOR (none of editor, nano, vi is on PATH)
? 2

$ EDITOR=bin/vim folio edit nowhere-at-all
2> folio: no article matches 'nowhere-at-all'
? 2

/**
 * The shell completion scripts `folio completion bash|zsh|fish` prints. Each is a thin adapter: it passes the
 * words typed after `folio` to the hidden `folio __complete` command and offers what comes back, one candidate
 * per line; `:files` and `:dirs` hand over to the shell's own path completion. All the knowledge of commands,
 * flags and the index stays in folio.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# folio completion for bash. Install: folio completion bash > ~/.local/share/bash-completion/completions/folio
# (or add 'source <(folio completion bash)' to ~/.bashrc).
_folio_complete() {
  local cur=\${COMP_WORDS[COMP_CWORD]}
  local IFS=$'\\n'
  local -a out
  out=($(folio __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  case \${out[0]-} in
    :files) COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
    :dirs) COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null ;;
    *) COMPREPLY=("\${out[@]}"); compopt -o filenames 2>/dev/null ;;
  esac
}
complete -F _folio_complete folio
`;

const ZSH = `#compdef folio
# folio completion for zsh. Install: folio completion zsh > "\${fpath[1]}/_folio"
# (or add 'source <(folio completion zsh)' to ~/.zshrc, after compinit).
_folio() {
  local -a out
  out=(\${(f)"$(folio __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)"})
  case $out[1] in
    :files) _files ;;
    :dirs) _files -/ ;;
    *) (( \${#out} )) && compadd -- "\${out[@]}" ;;
  esac
}
if (( $+functions[compdef] )); then compdef _folio folio; fi
`;

const FISH = `# folio completion for fish. Install: folio completion fish > ~/.config/fish/completions/folio.fish
function __folio_complete
    set -l words (commandline -opc) (commandline -ct)
    set -e words[1]
    set -l out (folio __complete -- $words 2>/dev/null)
    switch "$out[1]"
        case :files
            __fish_complete_path (commandline -ct)
        case :dirs
            __fish_complete_directories (commandline -ct)
        case '*'
            printf '%s\\n' $out
    end
end
complete -c folio -f -a '(__folio_complete)'
`;

/** The completion script for `shell`. */
export function completionScript(shell: Shell): string {
  return shell === 'bash' ? BASH : shell === 'zsh' ? ZSH : FISH;
}

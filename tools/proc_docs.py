#!/usr/bin/env python3
"""`nbdev_proc_nbs` for the docs build, except that a test cell that also imports something is not run.

nbdev executes, for the API reference, every exported cell and every cell containing an import; in
this project test cells import too (temporary folders, subprocess), and running them would repeat
the test suite (smoke trainings included) inside the docs build. Here only exported cells and cells
made of imports alone are executed, in this process (n_workers=0) so that the rule applies. Quarto is
not looked for (smalldocs renders the site), so the build says nothing about installing it."""
import ast, sys, warnings
import nbdev.processors as P, nbdev.quarto as Q

Q._ensure_quarto = lambda: None # smalldocs renders instead; nbdev would try sudo and a pip install of the project
warnings.filterwarnings('ignore', message='Found cells containing imports and other code') # by design: see _do_eval

_orig = P._do_eval
def _do_eval(cell):
    if not _orig(cell): return False
    if cell.directives_.keys() & {'export', 'exports', 'exporti', 'exec_doc'}: return True
    trees = cell.parsed_() or []
    return all(isinstance(t, (ast.Import, ast.ImportFrom)) for t in trees) or 'show_doc' in cell.source
P._do_eval = _do_eval

if __name__ == '__main__':
    from nbdev.quarto import nbdev_proc_nbs
    nbdev_proc_nbs(n_workers=0, force=True)
